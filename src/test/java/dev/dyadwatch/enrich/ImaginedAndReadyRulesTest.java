package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Commentary's imagined states ("a Tokyo that talks to Pyongyang would ...") make no contact, and a leader
 * "prepared to meet" another has offered a meeting, not held one; on sentences written for this test, each with a
 * control.
 */
class ImaginedAndReadyRulesTest extends RuleSentences {

    @Test
    void shouldCodeNoContactForAStateTheWriterImagines() {
        assertThat(keys("But a Tokyo that talks to Pyongyang, however quietly, would test the common front that "
                + "Seoul and Washington have built.")).isEmpty();
        assertThat(keys("An Iran which signs a deal with Saudi Arabia would change the region.")).isEmpty();
        // Control: the state named with "the" and a relative clause is a real one.
        assertThat(keys("Tokyo, which held talks with Pyongyang on Monday, said nothing."))
                .containsExactly("JPN-PRK NEGOTIATE OCCURRED");
    }

    @Test
    void shouldReadPreparedToMeetAsAnOfferedMeeting() {
        assertThat(keys("Prime Minister Shigeru Ishiba has said he is prepared to meet Kim Jong Un without "
                + "preconditions."))
                .containsExactly("JPN-PRK INTENT_TO_MEET PLANNED");
        assertThat(keys("Erdogan said he was willing to meet Putin in Istanbul."))
                .containsExactly("RUS-TUR INTENT_TO_MEET PLANNED");
        // Control: "prepared" for a meeting that has taken place is no plan.
        assertThat(keys("Erdogan met Putin in Sochi on Monday after aides had prepared the agenda."))
                .containsExactly("RUS-TUR CONSULT OCCURRED");
    }

    @Test
    void shouldNotCodeAMeetingWhoseOwnVerbSaysItIsOnlyPossible() {
        assertThat(keys("A meeting between Prime Minister Narendra Modi and President Xi Jinping on the sidelines of "
                + "the summit is possible, officials said.")).isEmpty();
        assertThat(keys("A meeting between Prime Minister Narendra Modi and President Xi Jinping remains uncertain."))
                .isEmpty();
        // Control: what is possible after the meeting is something else; the meeting happened.
        assertThat(keys("Prime Minister Narendra Modi met President Xi Jinping on Saturday and a deal is possible."))
                .containsExactly("CHN-IND CONSULT OCCURRED");
    }
}
