package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A visit told from the guest's side (dated by the arrival) and from the host's (dated by the welcome a day
 * later) is one visit; a welcome a week later, or two days one sentence tells apart, are not merged.
 */
class VisitBothSidesRulesTest extends RuleSentences {

    @Test
    void shouldCodeAnArrivalAndTheNextDaysWelcomeAsOneVisit() {
        assertThat(keys("Turkish President Recep Tayyip Erdogan arrived in Islamabad on Monday for a state visit. "
                + "Prime Minister Shehbaz Sharif received Erdogan on Tuesday at his office."))
                .containsExactly("PAK-TUR VISIT OCCURRED");
    }

    @Test
    void shouldKeepWelcomesFarApartOrToldApartAsTwoReports() {
        assertThat(keys("Turkish President Recep Tayyip Erdogan arrived in Islamabad on October 14 for a visit. "
                + "Prime Minister Shehbaz Sharif received Erdogan on Tuesday at his office."))
                .hasSize(2);
        assertThat(keys("President Vladimir Putin received Chinese Foreign Minister Wang Yi at the Kremlin on "
                + "Tuesday, a day after Wang arrived in Moscow for a three-day visit."))
                .containsExactlyInAnyOrder("CHN-RUS HOST_VISIT OCCURRED", "CHN-RUS VISIT OCCURRED");
    }
}
