package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A meeting the two sides agree to hold, undated, is a plan of its own, not a leg of the visit under way; an
 * undated planned trip of the visitor within the country visited still is. Sentences written for this test.
 */
class PlannedMeetingDuringVisitRulesTest extends RuleSentences {

    @Test
    void shouldKeepAMeetingTheTwoSidesAgreedToHoldApartFromTheVisit() {
        assertThat(keys("Kazakh Foreign Minister Murat Nurtleu arrived in Tashkent on Monday for a two-day visit. "
                + "The two sides agreed to hold a meeting of their border commission soon."))
                .contains("KAZ-UZB VISIT OCCURRED", "KAZ-UZB INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldStillReadAPlannedTripWithinTheCountryVisitedAsALegOfTheVisit() {
        // Control: the visitor's onward trip inside Uzbekistan is part of the visit.
        assertThat(keys("Kazakh Foreign Minister Murat Nurtleu arrived in Tashkent on Monday for a two-day visit. "
                + "He is also expected to travel to Samarkand."))
                .contains("KAZ-UZB VISIT OCCURRED").doesNotContain("KAZ-UZB INTENT_TO_MEET PLANNED");
    }
}
