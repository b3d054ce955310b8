package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Talks or a meeting that someone calls, presses or urges for are asked for, not held: no contact, while talks
 * held in the same words' reach stay contacts.
 */
class AppealRulesTest extends RuleSentences {

    @Test
    void shouldNotCodeDialogueCalledForAsAContact() {
        assertThat(keys("Sergei Lavrov, Hakan Fidan and Abbas Araghchi called for an end to hostilities and for "
                + "political dialogue between the Syrian government and the opposition.")).isEmpty();
        assertThat(keys("Japan urged talks between India and Pakistan on Monday.")).isEmpty();
    }

    @Test
    void shouldKeepTalksHeldBeside() {
        assertThat(keys("Sergei Lavrov and Hakan Fidan held talks on Monday and called for an end to hostilities."))
                .containsExactly("RUS-TUR NEGOTIATE OCCURRED");
        assertThat(keys("Lavrov, who has called for a ceasefire, met Hakan Fidan on Monday."))
                .containsExactly("RUS-TUR CONSULT OCCURRED");
    }
}
