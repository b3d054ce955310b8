package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Clauses of time and place inside a sentence: "he" opening one is the sentence's subject, and the guests of a
 * host end where a clause of place begins. Controls: a pronoun that opens no such clause is left to the other
 * rules, and a plain list of guests stays a list.
 */
class ClauseReadingRulesTest extends RuleSentences {

    @Test
    void shouldTakeAPronounOpeningAClauseOfTimeForTheSentencesSubject() {
        assertThat(keys("Scholz held talks with Putin on Tuesday, two days after he met Zelenskyy in Kyiv."))
                .containsExactly("DEU-RUS NEGOTIATE OCCURRED", "DEU-UKR CONSULT OCCURRED");
        assertThat(keys("Erdogan praised Putin when he met Zelenskyy.")).containsExactly("TUR-UKR CONSULT OCCURRED");
        // One person before the pronoun: nothing to choose between.
        assertThat(keys("Erdogan said that when he met Zelenskyy the mood was good."))
                .containsExactly("TUR-UKR CONSULT OCCURRED");
    }

    @Test
    void shouldEndTheGuestsOfAHostWhereAClauseOfPlaceBegins() {
        assertThat(keys("Modi hosted Putin in New Delhi, where he also met Zelenskyy."))
                .containsExactly("IND-RUS HOST_VISIT OCCURRED", "IND-UKR CONSULT OCCURRED");
        assertThat(keys("Modi hosted Putin and Zelenskyy in New Delhi."))
                .containsExactly("IND-RUS HOST_VISIT OCCURRED", "IND-UKR HOST_VISIT OCCURRED");
    }
}
