package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "As part of a tour that also takes in Oman": a leg of the journey whose named leg the sentence plans. */
class TourLegRulesTest extends RuleSentences {

    @Test
    void shouldCodeAnotherLegOfAPlannedTourAsPlanned() {
        assertThat(keys("Araghchi is expected to travel on to Qatar later on Wednesday, Iranian officials said, "
                + "as part of a regional tour that also takes in Oman."))
                .containsExactlyInAnyOrder("IRN-QAT INTENT_TO_MEET PLANNED", "IRN-OMN INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldKeepTheLegsOfATourMadeAsVisits() {
        assertThat(keys("Araghchi flew to Qatar on Tuesday as part of a regional tour that also took in Oman."))
                .containsExactlyInAnyOrder("IRN-QAT VISIT OCCURRED", "IRN-OMN VISIT OCCURRED");
    }
}
