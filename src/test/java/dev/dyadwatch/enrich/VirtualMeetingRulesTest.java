package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Meetings over a screen: a virtual summit the pair holds, a meeting by video link, are consultations (040) with
 * no venue; no one travels, so no visit is coded for them, while a visit in the same sentence stays a visit.
 */
class VirtualMeetingRulesTest extends RuleSentences {

    @Test
    void shouldCodeAVirtualSummitThePairHoldsAsAConsultation() {
        assertThat(keys("Prime Ministers Anthony Albanese and Narendra Modi held their first virtual summit on "
                + "Thursday.")).containsExactly("AUS-IND CONSULT OCCURRED");
        assertThat(keys("Modi and Albanese met by video link on Thursday."))
                .containsExactly("AUS-IND CONSULT OCCURRED");
        // Attending a virtual summit together is no meeting of the two.
        assertThat(keys("Albanese and Modi attended the virtual summit of the Quad on Thursday.")).isEmpty();
    }

    @Test
    void shouldNotCodeAVisitForAMeetingHeldOverAScreen() {
        assertThat(keys("Albanese took part in a virtual summit hosted by India on Thursday.")).isEmpty();
        assertThat(keys("Xi welcomed Biden by video link on Monday.")).doesNotContain("CHN-USA HOST_VISIT OCCURRED");
    }

    @Test
    void shouldKeepAVisitWhoseSentenceMentionsAVideoLinkElsewhere() {
        assertThat(keys("Chinese Premier Li Qiang, who is on a four-day official visit to Pakistan, held talks with "
                + "Sharif on Monday, and the two leaders inaugurated the new Gwadar airport by video link."))
                .contains("CHN-PAK VISIT OCCURRED", "CHN-PAK NEGOTIATE OCCURRED");
    }
}
