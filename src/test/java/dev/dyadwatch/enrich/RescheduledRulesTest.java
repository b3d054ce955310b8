package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A contact "rescheduled for December" is called off for its first date and planned for the new one, as one
 * "postponed to December" is. Sentences written for this test (published on Wednesday 23 October 2024), with a
 * control where "rescheduled" moves something else.
 */
class RescheduledRulesTest extends RuleSentences {

    @Test
    void shouldReadARescheduledVisitAsCalledOffAndPlannedForTheNewDate() {
        assertThat(code("A visit to Tashkent by Kazakh Foreign Minister Murat Nurtleu, planned for October, has been "
                + "rescheduled for December, officials said.").contacts().stream()
                .map(c -> c.type() + " " + c.status() + " " + c.date().start()))
                .contains("VISIT NEGATED 2024-10-01", "INTENT_TO_MEET PLANNED 2024-12-01");
    }

    @Test
    void shouldNotCallOffAVisitWhenSomethingElseWasRescheduled() {
        // Control: "rescheduled" with no new date after it says nothing of the visit.
        assertThat(keys("A visit to Tashkent by Kazakh Foreign Minister Murat Nurtleu is planned for December, "
                + "after a rescheduled session of the border commission."))
                .contains("KAZ-UZB INTENT_TO_MEET PLANNED").doesNotContain("KAZ-UZB VISIT NEGATED");
    }
}
