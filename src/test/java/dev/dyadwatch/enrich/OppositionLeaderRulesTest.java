package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person named as the leader of the opposition acts for no state, even one the dictionary knows from an earlier
 * office (Peter Dutton, Australia's defence minister to May 2022). Sentences written for this test, with a control.
 */
class OppositionLeaderRulesTest extends RuleSentences {

    @Test
    void shouldNotReadTheLeaderOfTheOppositionAsActingForTheState() {
        String text = "Opposition Leader Peter Dutton met Chinese Premier Li Qiang in Canberra on Tuesday.";
        assertThat(namedActors(text)).noneMatch(a -> a.startsWith("Peter Dutton"));
        assertThat(keys(text)).isEmpty();
        assertThat(namedActors("The leader of the opposition, Peter Dutton, said Dutton would not travel."))
                .noneMatch(a -> a.startsWith("Peter Dutton"));
        // Control: a minister of the government meeting the premier is a contact of the two states.
        assertThat(keys("Defence Minister Richard Marles met Chinese Premier Li Qiang in Canberra on Tuesday."))
                .isNotEmpty();
    }
}
