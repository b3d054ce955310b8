package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.code.CodedContact;
import org.junit.jupiter.api.Test;

/**
 * A visit told from the guest's side (dated by the arrival) and from the host's (dated by the welcome a day
 * later) is one visit; a welcome a week later, or two days one sentence tells apart, are not merged. A guest
 * "received by" a host is the guest's visit.
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

    @Test
    void shouldReadAGuestReceivedByItsHostAsTheGuestsVisit() {
        CodedContact visit = code("Spanish Prime Minister Pedro Sanchez was received by King Mohammed VI of Morocco "
                + "on Thursday evening.").contacts().get(0);
        assertThat(visit.type()).isEqualTo(ContactType.VISIT);
        assertThat(visit.actorA().country()).isEqualTo("ESP");
        assertThat(keys("Iranian Foreign Minister Abbas Araghchi was welcomed by President Vladimir Putin at the "
                + "Kremlin.")).containsExactly("IRN-RUS VISIT OCCURRED");
        // Control: told from the host's side, the host hosts.
        assertThat(keys("King Mohammed VI received Spanish Prime Minister Pedro Sanchez on Thursday evening."))
                .containsExactly("ESP-MAR HOST_VISIT OCCURRED");
    }

    @Test
    void shouldReadHimAsTheOtherSideOfThePairTheArticleIsAbout() {
        assertThat(keys("Ukrainian President Volodymyr Zelenskyy arrived in London on Monday. British Prime Minister "
                + "Keir Starmer will host him on Thursday."))
                .containsExactly("GBR-UKR VISIT OCCURRED", "GBR-UKR INTENT_TO_MEET PLANNED");
        // Controls: "her" owning a noun, and "him" of the host's own side, bring no one of the other side.
        assertThat(keys("Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Monday. Sergey Lavrov will meet "
                + "her husband on Thursday.")).containsExactly("IRN-RUS VISIT OCCURRED");
        assertThat(keys("Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Monday. President Vladimir "
                + "Putin praised Sergey Lavrov and will meet him on Thursday."))
                .containsExactly("IRN-RUS VISIT OCCURRED");
    }
}
