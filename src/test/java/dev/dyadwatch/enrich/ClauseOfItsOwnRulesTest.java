package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ", and the navies will join those of Australia and Japan": a clause after ", and" with a subject of its own
 * ("the" and a noun before "will", "are", "have") ends the partners of the contact before it, for a pair reference
 * and for a list of participants alike. Sentences written for this test, with controls.
 */
class ClauseOfItsOwnRulesTest extends RuleSentences {

    private static final String OPENING = "Garuda Shield, the annual exercise between the armies of Indonesia and "
            + "the United States, began in Java on Monday. ";

    @Test
    void shouldKeepTheReferredPairOfAnExerciseBeforeAClauseOfItsOwn() {
        assertThat(keys(OPENING + "Marines of the two countries held the Cope Tiger exercise at Dabo, Riau Islands, "
                + "in March, and the navies will join those of Australia and Japan for a patrol in October."))
                .contains("IDN-USA MILITARY_COOPERATION HISTORICAL");
    }

    @Test
    void shouldNotListTheCountriesOfTheLaterClauseAsParticipants() {
        // Control: Australia and Japan are in the later clause, not in the March drill.
        assertThat(keys(OPENING + "Marines of the two countries held the Cope Tiger exercise at Dabo, Riau Islands, "
                + "in March, and the navies will join those of Australia and Japan for a patrol in October."))
                .doesNotContain("AUS-IDN MILITARY_COOPERATION HISTORICAL", "AUS-JPN MILITARY_COOPERATION HISTORICAL");
        // Control: without a clause of its own, the third country still keeps the pair from the drill.
        assertThat(keys(OPENING + "Marines of the two countries held the Cope Tiger exercise at Dabo, Riau Islands, "
                + "in March with Australia.")).doesNotContain("IDN-USA MILITARY_COOPERATION HISTORICAL");
    }
}
