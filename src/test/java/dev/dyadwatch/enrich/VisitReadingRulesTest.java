package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Visits told without a verb of travel: a possessive visit ("His visit to Kyiv in August"), a stay of days in a
 * country ("spent two days in Poland"), a tour in a country and the first visit after a gap ("the first since
 * 2018"), each with a control where a cruder rule would code too much.
 */
class VisitReadingRulesTest extends RuleSentences {

    @Test
    void shouldTakeAVisitOpenedByHisForOneOfThePersonTheSentenceBeforeNamed() {
        assertThat(keys("Modi arrived in Warsaw on Wednesday. His visit to Kyiv in August drew criticism from "
                + "Moscow.")).containsExactly("IND-POL VISIT OCCURRED", "IND-UKR VISIT HISTORICAL");
        // No person before it: "His" is no one the article names.
        assertThat(keys("The summit ended on Monday. His visit to Kyiv in August drew criticism from Moscow."))
                .isEmpty();
    }

    @Test
    void shouldReadAStayOfDaysInACountryAsAVisit() {
        assertThat(keys("Modi had spent two days in Poland, where he held talks with Prime Minister Donald Tusk on "
                + "Thursday.")).containsExactly("IND-POL VISIT OCCURRED", "IND-POL NEGOTIATE OCCURRED");
        assertThat(keys("Erdogan will spend a night in Tehran next week."))
                .containsExactly("IRN-TUR INTENT_TO_MEET PLANNED");
        // Years abroad and money spent are no visit.
        assertThat(keys("Modi spent two years in London as a young man.")).isEmpty();
        assertThat(keys("Modi said India spent two billion dollars in Nepal.")).isEmpty();
    }

    @Test
    void shouldReadTheFirstVisitSinceAYearAsAContactOfNowAndRepeatedOnesAsHistory() {
        assertThat(keys("The Saudi crown prince's state visit to Washington was the first since 2018."))
                .containsExactly("SAU-USA VISIT OCCURRED");
        assertThat(keys("Saudi Arabia and the United States have held talks regularly since 2018."))
                .containsExactly("SAU-USA NEGOTIATE HISTORICAL");
    }

    @Test
    void shouldReadATourInACountryAsAVisitButNotATourOperator() {
        assertThat(keys("Modi began the five-nation tour in Afghanistan on Saturday."))
                .containsExactly("AFG-IND VISIT OCCURRED");
        assertThat(keys("Modi praised the tour operators in Nepal on Saturday.")).isEmpty();
    }
}
