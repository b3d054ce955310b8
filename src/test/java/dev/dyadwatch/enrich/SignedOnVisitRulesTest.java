package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "visited Tokyo on Monday and signed an agreement": a signing joined by "and" to a visit, with no party named
 * between the verbs, is the visitor's with the country visited. Sentences written for this test, with a control
 * where the second verb has a subject of its own.
 */
class SignedOnVisitRulesTest extends RuleSentences {

    @Test
    void shouldReadASigningAfterAVisitAsOneWithTheCountryVisited() {
        assertThat(keys("Australian Defence Minister Richard Marles visited Tokyo on Monday and signed a logistics "
                + "agreement.")).contains("AUS-JPN VISIT OCCURRED", "AUS-JPN SIGN_AGREEMENT OCCURRED");
    }

    @Test
    void shouldNotGiveTheVisitedCountryToASigningWithASubjectOfItsOwn() {
        // Control: the one who signs is another person at home.
        assertThat(keys("Australian Defence Minister Richard Marles visited Tokyo on Monday and Prime Minister "
                + "Anthony Albanese signed a budget bill in Canberra."))
                .contains("AUS-JPN VISIT OCCURRED").doesNotContain("AUS-JPN SIGN_AGREEMENT OCCURRED");
    }
}
