package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capital named after the word "capital" is a place, not the government that sits there; a meeting told in the
 * past tense in a clause of time ("when they met") is not governed by a plan of the main clause.
 */
class PastClauseRulesTest extends RuleSentences {

    @Test
    void shouldReadACapitalAfterTheWordCapitalAsAPlace() {
        assertThat(keys("Vladimir Putin spoke to Masoud Pezeshkian on Monday. The two presidents first met in the "
                + "Turkmen capital Ashgabat in October.")).contains("IRN-RUS THIRD_PARTY_MEETING OCCURRED");
        // Ashgabat as the government that speaks is still a party.
        assertThat(pairsAndTypes("Ashgabat said it had held talks with Moscow on Monday."))
                .containsExactly("RUS-TKM NEGOTIATE");
    }

    @Test
    void shouldNotReadAPastMeetingInAClauseOfTimeAsPlanned() {
        assertThat(keys("Narendra Modi and Xi Jinping agreed to revive the mechanism when they met on the "
                + "sidelines of the BRICS summit in Kazan in August."))
                .containsExactly("CHN-IND THIRD_PARTY_MEETING HISTORICAL");
        // A meeting to come in the clause of time stays planned.
        assertThat(keys("Narendra Modi and Xi Jinping agreed to revive the mechanism when they meet on the "
                + "sidelines of the BRICS summit in Kazan next month."))
                .containsExactly("CHN-IND INTENT_TO_MEET PLANNED");
    }
}
