package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Contacts avoided, turned down or rebuffed did not happen, on sentences written for this test, each with a
 * control where the same words stand elsewhere.
 */
class RefusalRulesTest extends RuleSentences {

    @Test
    void shouldNegateAMeetingAvoided() {
        assertThat(keys("Prime Minister Narendra Modi skipped the summit, avoiding a meeting with President Xi "
                + "Jinping.")).containsExactly("CHN-IND CONSULT NEGATED");
        // Control: avoiding something else, far from the words of contact.
        assertThat(keys("To avoid a clash at the border, Prime Minister Narendra Modi met President Xi Jinping on "
                + "Saturday.")).containsExactly("CHN-IND CONSULT OCCURRED");
    }

    @Test
    void shouldNegateAMeetingARequestForWhichWasTurnedDown() {
        assertThat(keys("Beijing turned down a request for Defence Secretary Lloyd Austin to meet his Chinese "
                + "counterpart Dong Jun.")).containsExactly("CHN-USA CONSULT NEGATED");
        // Control: "turned" without "down".
        assertThat(keys("Attention turned to Defence Secretary Lloyd Austin, who met his Chinese counterpart Dong Jun "
                + "on Monday.")).containsExactly("CHN-USA CONSULT OCCURRED");
    }

    @Test
    void shouldReadAStopInACountryAsAVisit() {
        assertThat(keys("Prime Minister Narendra Modi will stop in Kuwait on his way home."))
                .containsExactly("IND-KWT INTENT_TO_MEET PLANNED");
        // Control: a stop put to something is no visit.
        assertThat(keys("Prime Minister Narendra Modi called for a stop to the fighting in Ukraine.")).isEmpty();
    }
}
