package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The two agreed to push for a trilateral meeting with Australia": the pair referred to and the one country after
 * "with" meet, every pair of the three. Sentences written for this test, with a control naming two more countries.
 */
class TrilateralWithThirdRulesTest extends RuleSentences {

    @Test
    void shouldReadATrilateralMeetingWithAThirdAsThePairAndTheThird() {
        assertThat(keys("David Lammy spoke by phone with Jaishankar on Monday. The two agreed to push for a trilateral "
                + "meeting with Australia in Canberra next month.")).contains("GBR-IND INTENT_TO_MEET PLANNED",
                        "AUS-GBR INTENT_TO_MEET PLANNED", "AUS-IND INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotReadATrilateralMeetingWithTwoMoreCountriesAsThree() {
        // Control: with two more countries named, the meeting is not the pair and one third.
        assertThat(keys("David Lammy spoke by phone with Jaishankar on Monday. The two agreed to push for a trilateral "
                + "meeting with Australia and Japan in Canberra next month."))
                .doesNotContain("AUS-GBR INTENT_TO_MEET PLANNED", "AUS-IND INTENT_TO_MEET PLANNED");
    }
}
