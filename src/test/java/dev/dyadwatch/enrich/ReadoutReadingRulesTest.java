package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readings of readouts and military reporting: a conversation over the hotline and "called his counterpart" are
 * calls, "a telephone talk" is one; talks that "were paused" and a meeting that "did not take place" did not
 * happen; an exercise "scheduled to take place" is planned, without a verb "to be" before it.
 */
class ReadoutReadingRulesTest extends RuleSentences {

    @Test
    void shouldCodeAConversationOverTheHotlineAsACall() {
        assertThat(keys("India and Pakistan spoke over the hotline on Monday, the Indian Army said."))
                .containsExactly("IND-PAK TELEPHONE OCCURRED");
        // A hotline set up is no call.
        assertThat(keys("India and Pakistan agreed to set up a hotline between their commanders.")).isEmpty();
    }

    @Test
    void shouldCodeCallingAPossessiveCounterpartAsACall() {
        assertThat(keys("Pakistan's army chief, General Asim Munir, called his Indian counterpart on Saturday."))
                .containsExactly("IND-PAK TELEPHONE OCCURRED");
        assertThat(keys("Pakistan's army chief, General Asim Munir, called his bluff on Saturday.")).isEmpty();
    }

    @Test
    void shouldCodeATelephoneTalkAsACall() {
        assertThat(keys("Foreign Minister Yoko Kamikawa held a telephone talk with Foreign Minister Penny Wong on "
                + "Tuesday.")).containsExactly("AUS-JPN TELEPHONE OCCURRED");
        assertThat(keys("Foreign Minister Yoko Kamikawa gave a talk on Tuesday about Australia.")).isEmpty();
    }

    @Test
    void shouldCodePausedTalksAsNegated() {
        assertThat(keys("Negotiations on a trade agreement between Canada and India were paused this month."))
                .containsExactly("CAN-IND NEGOTIATE NEGATED");
        assertThat(keys("Negotiations on a trade agreement between Canada and India resumed this month."))
                .containsExactly("CAN-IND NEGOTIATE OCCURRED");
    }

    @Test
    void shouldCodeAMeetingThatDidNotTakePlaceAsNegated() {
        assertThat(keys("A bilateral meeting between Justin Trudeau and Narendra Modi did not take place."))
                .containsExactly("CAN-IND CONSULT NEGATED");
        assertThat(keys("A bilateral meeting between Justin Trudeau and Narendra Modi took place on Sunday."))
                .containsExactly("CAN-IND CONSULT OCCURRED");
    }

    @Test
    void shouldCodeAnExerciseScheduledToTakePlaceAsPlanned() {
        assertThat(keys("Japan and Australia welcomed the joint military exercise of their forces scheduled to "
                + "take place in northern Australia.")).containsExactly("AUS-JPN MILITARY_COOPERATION PLANNED");
        assertThat(keys("Japan and Australia welcomed the joint military exercise of their forces that took place "
                + "in northern Australia.")).containsExactly("AUS-JPN MILITARY_COOPERATION OCCURRED");
    }
}
