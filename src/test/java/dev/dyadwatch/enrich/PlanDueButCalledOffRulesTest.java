package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plan in the past perfect ("had been due to visit Japan in November") that a clause after ", but" calls off
 * ("but the trip was cancelled") is a negated contact, on sentences written for this test, each with a control.
 */
class PlanDueButCalledOffRulesTest extends RuleSentences {

    @Test
    void shouldNegateAVisitThatHadBeenDueWhenButTheTripWasCancelled() {
        assertThat(keys("Crown Prince Mohammed bin Salman had been due to visit Japan in November last year, but the "
                + "trip was cancelled at short notice."))
                .containsExactly("JPN-SAU VISIT NEGATED");
        assertThat(keys("President Lula had originally been due in China in late March, but the state visit was "
                + "postponed after he fell ill."))
                .containsExactly("BRA-CHN VISIT NEGATED");
        // Control: what comes after "but" is something else that was cancelled, so the plan stands.
        assertThat(keys("President Lula had been due in China in late March, but heavy rain across the region "
                + "cancelled flights."))
                .containsExactly("BRA-CHN INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNegateAMeetingThatWasDueWhenButTheMeetingWasCancelled() {
        assertThat(keys("Prime Minister Narendra Modi and President Xi Jinping were due to meet on Friday, but the "
                + "meeting was cancelled."))
                .containsExactly("CHN-IND CONSULT NEGATED");
        // Control: a plan in the present that a later clause does not call off stays a plan.
        assertThat(keys("Prime Minister Narendra Modi and President Xi Jinping are due to meet on Friday, but the "
                + "agenda is still open."))
                .containsExactly("CHN-IND INTENT_TO_MEET PLANNED");
    }
}
