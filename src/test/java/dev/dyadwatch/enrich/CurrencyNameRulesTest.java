package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's name before its currency ("14 billion US dollars") names money, not the country, on sentences
 * written for this test, with a control where the country acts.
 */
class CurrencyNameRulesTest extends RuleSentences {

    private List<String> actors(String text) {
        return code(text).resolution().actors().values().stream().map(a -> a.id()).toList();
    }

    @Test
    void shouldNotReadUsDollarsAsTheUnitedStates() {
        assertThat(actors("Trade between Qatar and India reached 14 billion US dollars last year."))
                .containsExactlyInAnyOrder("QAT", "IND");
        assertThat(actors("Qatar will invest 10 billion U.S. dollars in India.")).doesNotContain("USA");
        // Control: the same name before a verb is the country.
        assertThat(actors("Qatar said the US dollars it holds are safe, and the US welcomed the pledge."))
                .contains("USA");
    }

    @Test
    void shouldNotReadTheInitialsBeforeADollarSignAsTheUnitedStates() {
        assertThat(actors("Two-way trade between Thailand and Malaysia reached US$30 billion last year."))
                .containsExactlyInAnyOrder("THA", "MYS");
        // Control: the same initials before a verb are the country.
        assertThat(actors("Thailand said the US$ figure was too low, and the US agreed.")).contains("USA");
    }
}
