package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare "exercise" is military when the sentence says so, in the plural as in the singular: "the annual exercise
 * between the armies of A and B", "an exercise of the two navies". Sentences written for this test, with a control
 * whose exercise is no drill.
 */
class ExerciseOfArmiesRulesTest extends RuleSentences {

    @Test
    void shouldReadAnExerciseBetweenTheArmiesOfTwoCountriesAsMilitary() {
        assertThat(keys("Garuda Shield, the annual exercise between the armies of Indonesia and the United States, "
                + "began in Java on Monday.")).contains("IDN-USA MILITARY_COOPERATION OCCURRED");
        assertThat(keys("Samudra Shakti, the exercise of the navies of India and Indonesia, ended in Visakhapatnam "
                + "on Monday.")).contains("IDN-IND MILITARY_COOPERATION OCCURRED");
    }

    @Test
    void shouldNotReadAnExerciseWithNoMilitaryWordsAsADrill() {
        // Control: an exercise in counting, with no army, navy or troops in the sentence.
        assertThat(keys("The census, an exercise between the statistics offices of Indonesia and the United States, "
                + "began in Java on Monday.")).isEmpty();
    }
}
