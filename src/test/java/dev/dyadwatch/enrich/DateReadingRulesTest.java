package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates a reader works out from another date of the sentence: "a day after the chancellor met Zelenskyy", "two
 * days earlier", "the previous week", counted from the sentence's own date or from the publication day (a
 * Wednesday, 23 October 2024).
 */
class DateReadingRulesTest extends RuleSentences {

    private List<String> dated(String text) {
        return code(text).contacts().stream()
                .map(c -> c.dyad() + " " + c.date().start() + " " + c.date().granularity()).toList();
    }

    @Test
    void shouldDateTheContactOfAClauseOpenedByADayAfterFromThePublicationDay() {
        assertThat(dated("Scholz held talks with Putin in Moscow, a day after the chancellor met Zelenskyy in Kyiv."))
                .containsExactly("DEU-RUS 2024-10-23 PUBLICATION", "DEU-UKR 2024-10-22 DAY");
    }

    @Test
    void shouldCountFromTheSentencesOwnDateAndLeaveTheMainClauseItsDate() {
        assertThat(dated("Scholz held talks with Putin on Monday, two days after the chancellor met Zelenskyy in "
                + "Kyiv.")).containsExactly("DEU-RUS 2024-10-21 DAY", "DEU-UKR 2024-10-19 DAY");
    }

    @Test
    void shouldCountBackForEarlierAndThePreviousWeek() {
        assertThat(dated("Erdogan had met Putin in Sochi two days earlier."))
                .containsExactly("RUS-TUR 2024-10-21 DAY");
        assertThat(dated("Erdogan had met Putin in Sochi the previous week."))
                .containsExactly("RUS-TUR 2024-10-14 WEEK");
    }

    @Test
    void shouldNotDateAContactNamedByANounAfterTheRelativeDate() {
        // "two days after the talks": talks the article reports elsewhere, not dated by this sentence.
        assertThat(dated("Scholz met Putin in Moscow, two days after the talks between Biden and Xi."))
                .contains("CHN-USA 2024-10-23 PUBLICATION");
    }

    @Test
    void shouldNotTurnAPastContactIntoAPlanByCountingForwardFromThePublicationDay() {
        assertThat(keys("Putin met Xi in Beijing, a week before the Chinese leader visited India."))
                .contains("CHN-IND VISIT OCCURRED");
        assertThat(dated("Putin met Xi in Beijing on Monday, a day before the Chinese leader visited India."))
                .contains("CHN-IND 2024-10-22 DAY");
    }

    @Test
    void shouldTakeThisMonthAfterAnOrdinalForACountAndTheWeekdayForTheDate() {
        assertThat(dated("Putin and Erdogan held their second telephone conversation this month on Monday."))
                .containsExactly("RUS-TUR 2024-10-21 DAY");
        assertThat(dated("Putin and Erdogan held a telephone conversation this month."))
                .containsExactly("RUS-TUR 2024-10-01 MONTH");
    }

    @Test
    void shouldDateAMonthOfLastYearInThatYearEvenWhenTheMonthHasNotYetComeRoundThisYear() {
        assertThat(dated("Erdogan visited Russia in October last year."))
                .containsExactly("RUS-TUR 2023-10-01 MONTH");
        assertThat(dated("Erdogan visited Russia in January last year."))
                .containsExactly("RUS-TUR 2023-01-01 MONTH");
        assertThat(dated("Erdogan will visit Russia in March next year."))
                .containsExactly("RUS-TUR 2025-03-01 MONTH");
        // Control: a month alone is the last such month.
        assertThat(dated("Erdogan visited Russia in January."))
                .containsExactly("RUS-TUR 2024-01-01 MONTH");
    }
}
