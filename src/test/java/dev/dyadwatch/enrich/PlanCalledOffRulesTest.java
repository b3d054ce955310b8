package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plans a later verb calls off, and visits announced by "is expected in", on sentences written for this test, each
 * with a control where a cruder rule would code too much or too little.
 */
class PlanCalledOffRulesTest extends RuleSentences {

    @Test
    void shouldNegateAMeetingPlannedInItsNounPhraseThatTheSentenceThenCallsOff() {
        assertThat(keys("A meeting between Zelenskyy and Duda planned for the sidelines of the UN General Assembly "
                + "in New York last month was called off."))
                .containsExactly("POL-UKR THIRD_PARTY_MEETING NEGATED");
        // Control: a plan whose own verb goes ahead stays a plan, whatever a later clause calls off.
        assertThat(keys("A meeting between Zelenskyy and Duda planned for December will go ahead, although talks "
                + "on grain were postponed."))
                .containsExactly("POL-UKR INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldReadTheTripThatWasPlannedButCalledOffAsTheArticlesVisitNegatedOnItsFirstDate() {
        ArticleCoding coding = code("Secretary of State Antony Blinken's two-day trip to Beijing ended on Monday. "
                + "The trip had been planned for February but was called off after a balloon drifted across the "
                + "continental United States.");
        assertThat(coding.contacts()).extracting(c -> c.dyad() + " " + c.type() + " " + c.status() + " "
                + c.date().start()).containsExactly("CHN-USA VISIT OCCURRED 2024-10-21",
                "CHN-USA VISIT NEGATED 2024-02-01");
        // Control: an opening "The trip" that nothing calls off is no second visit of the pair.
        assertThat(keys("Secretary of State Antony Blinken's two-day trip to Beijing ended on Monday. The trip was "
                + "meant to stop the slide in relations."))
                .containsExactly("CHN-USA VISIT OCCURRED");
    }

    @Test
    void shouldReadAVisitorExpectedInACapitalAsAPlannedVisit() {
        assertThat(keys("Putin is expected in New Delhi in December for the annual summit."))
                .containsExactly("IND-RUS INTENT_TO_MEET PLANNED");
        assertThat(keys("Mexico's economy secretary, Marcelo Ebrard, is expected in Washington next week for "
                + "another round of trade talks.")).containsExactly("MEX-USA INTENT_TO_MEET PLANNED");
        // Control: weather or a decision expected in a country is no visit.
        assertThat(keys("Heavy rain is expected in India this week, and Modi is expected in the coming days to "
                + "name a new cabinet.")).isEmpty();
    }

    @Test
    void shouldNegateAVisitNamedAsAThingWhoseOwnVerbPutsItOff() {
        assertThat(keys("A visit to Kabul by Pakistani Foreign Minister Ishaq Dar, expected later this month, was "
                + "put off."))
                .containsExactly("AFG-PAK VISIT NEGATED");
        assertThat(keys("The planned meeting between Prime Minister Narendra Modi and President Xi Jinping has been "
                + "cancelled."))
                .containsExactly("CHN-IND CONSULT NEGATED");
        // Control: the noun's own verb says nothing of calling it off, so the visit stands as told.
        assertThat(keys("A visit to Kabul by Pakistani Foreign Minister Ishaq Dar, the first in a year, was "
                + "welcomed by traders."))
                .containsExactly("AFG-PAK VISIT OCCURRED");
    }
}
