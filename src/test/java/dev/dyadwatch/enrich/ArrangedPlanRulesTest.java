package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A contact that "is being prepared" (planned, arranged, worked out) or whose dates are being worked out is
 * planned, not under way; "was prepared" of something else in the sentence changes nothing.
 */
class ArrangedPlanRulesTest extends RuleSentences {

    @Test
    void shouldPlanAVisitBeingPrepared() {
        assertThat(keys("A visit by Russian President Vladimir Putin to India is being prepared for December, the "
                + "Kremlin said.")).containsExactly("IND-RUS INTENT_TO_MEET PLANNED");
        assertThat(keys("Chinese President Xi Jinping's visit to Serbia is being arranged, officials said."))
                .containsExactly("CHN-SRB INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldPlanAVisitWhoseDatesAreWorkedOut() {
        assertThat(keys("Officials are working out the dates of a visit by Prime Minister Narendra Modi to Russia."))
                .containsExactly("IND-RUS INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldKeepAVisitUnderWayWhenSomethingElseIsPrepared() {
        assertThat(keys("Chinese President Xi Jinping arrived in Serbia on Tuesday, and a joint statement was "
                + "prepared for the evening.")).containsExactly("CHN-SRB VISIT OCCURRED");
        assertThat(keys("On the dates of his visit to Serbia, Xi Jinping met Aleksandar Vucic in Belgrade on "
                + "Tuesday.")).doesNotContain("CHN-SRB INTENT_TO_MEET PLANNED");
    }
}
