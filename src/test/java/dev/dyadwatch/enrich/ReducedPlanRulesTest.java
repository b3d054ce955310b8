package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "talks ... expected in Beijing on Monday", "due in March": a reduced "expected in" or "due in" before a place or a
 * month plans the contact it follows. Sentences written for this test, with a control where "expected in" is a
 * comparison.
 */
class ReducedPlanRulesTest extends RuleSentences {

    @Test
    void shouldReadTalksExpectedInAPlaceAsPlanned() {
        assertThat(keys("A new round of talks between India and China expected in Beijing on Monday will cover the "
                + "border.")).contains("CHN-IND INTENT_TO_MEET PLANNED").doesNotContain("CHN-IND NEGOTIATE OCCURRED");
    }

    @Test
    void shouldNotReadAComparisonWithWhatWasExpectedAsAPlan() {
        // Control: "sooner than expected in the capital" says nothing of a plan.
        assertThat(keys("Talks between India and China ended on Monday, sooner than expected in the capital."))
                .contains("CHN-IND NEGOTIATE OCCURRED");
    }
}
