package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title after "the" that is also someone's given name ("the Amir Sheikh Tamim") names an office, not the person
 * called so, on sentences written for this test, with a control where the given name is used alone.
 */
class TitleBeforeNameRulesTest extends RuleSentences {

    private List<String> countries(String text) {
        return code(text).resolution().actors().values().stream().map(a -> a.country()).distinct().toList();
    }

    @Test
    void shouldNotReadTheAmirAsAPersonCalledAmir() {
        assertThat(countries("His Highness the Amir Sheikh Tamim bin Hamad Al Thani held talks with Indian Prime "
                + "Minister Narendra Modi in New Delhi.")).containsExactlyInAnyOrder("QAT", "IND");
        assertThat(keys("His Highness the Amir Sheikh Tamim bin Hamad Al Thani held talks with Indian Prime "
                + "Minister Narendra Modi in New Delhi.")).allMatch(k -> k.startsWith("IND-QAT"));
        // Control: the given name alone, with no article before it, still finds the one person so called.
        assertThat(countries("Amir met Ishaq Dar in Kabul on Monday.")).contains("AFG", "PAK");
    }
}
