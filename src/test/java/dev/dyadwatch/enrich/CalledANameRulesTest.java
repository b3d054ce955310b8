package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Xi called Lula "an old friend"": calling someone a name is no telephone call, on sentences written for this
 * test, with a control where the call is one.
 */
class CalledANameRulesTest extends RuleSentences {

    @Test
    void shouldNotCodeACallWhenTheSpeakerCallsSomeoneAName() {
        assertThat(keys("Xi Jinping called Lula \"an old friend of the Chinese people\"."))
                .doesNotContain("BRA-CHN TELEPHONE OCCURRED");
        assertThat(keys("Erdogan called Netanyahu a threat to the region.")).isEmpty();
        // Control: a call with a date after "a" is still a call.
        assertThat(keys("Erdogan called Putin a day after the attack.")).containsExactly("RUS-TUR TELEPHONE OCCURRED");
        assertThat(keys("Erdogan called Netanyahu on Monday.")).containsExactly("ISR-TUR TELEPHONE OCCURRED");
    }
}
