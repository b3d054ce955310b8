package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings at a summit: placed "at" the summit they are meetings on its sidelines (044) with the summit's date;
 * a meal of three leaders is a meeting of every pair; meetings "on the sidelines of" a summit do not make their
 * countries meet each other. Controls: "during the summit" is a time, not a place, and "met A and B" may be two
 * encounters.
 */
class SummitMeetingRulesTest extends RuleSentences {

    private List<String> dated(String text) {
        return code(text).contacts().stream()
                .map(c -> c.dyad() + " " + c.type() + " " + c.date().start() + " " + c.date().granularity()).toList();
    }

    @Test
    void shouldReadAMeetingAtASummitAsAMeetingOnItsSidelinesWithItsDate() {
        assertThat(dated("Macron and Scholz last met at a European Union summit in Brussels last week."))
                .containsExactly("DEU-FRA THIRD_PARTY_MEETING 2024-10-14 WEEK");
        assertThat(keys("Modi held talks with Xi at the BRICS summit in Kazan on Tuesday."))
                .containsExactly("CHN-IND THIRD_PARTY_MEETING OCCURRED");
    }

    @Test
    void shouldKeepAMeetingDuringASummitAMeetingOfTheTwo() {
        assertThat(keys("Modi and Sharif did not meet during the summit, Indian officials said."))
                .containsExactly("IND-PAK CONSULT NEGATED");
    }

    @Test
    void shouldReadAMealOfThreeLeadersAsAMeetingOfEveryPair() {
        assertThat(keys("On Thursday night, Biden had dinner with Japanese Prime Minister Shigeru Ishiba and South "
                + "Korean President Yoon Suk Yeol to discuss trade.")).containsExactlyInAnyOrder(
                "JPN-USA THIRD_PARTY_MEETING OCCURRED", "KOR-USA THIRD_PARTY_MEETING OCCURRED",
                "JPN-KOR THIRD_PARTY_MEETING OCCURRED");
        // "met A and B" may be two encounters: each with the subject only.
        assertThat(keys("On Thursday, Biden met Japanese Prime Minister Shigeru Ishiba and South Korean President "
                + "Yoon Suk Yeol.")).containsExactlyInAnyOrder("JPN-USA CONSULT OCCURRED", "KOR-USA CONSULT OCCURRED");
        // A meal of two is a meeting of the two.
        assertThat(keys("Biden had dinner with Ishiba on Thursday.")).containsExactly("JPN-USA CONSULT OCCURRED");
    }

    @Test
    void shouldNotMakeTheCountriesOfMeetingsOnTheSidelinesMeetEachOther() {
        assertThat(pairsAndTypes("Prime Minister Narendra Modi met President Xi Jinping and Iranian President "
                + "Masoud Pezeshkian on the sidelines of the BRICS summit in Kazan on Tuesday."))
                .containsExactlyInAnyOrder("CHN-IND THIRD_PARTY_MEETING", "IND-IRN THIRD_PARTY_MEETING");
        // Control: leaders at a summit named as its members are every pair of them.
        assertThat(pairsAndTypes("Modi, Xi and Pezeshkian attended the BRICS summit in Kazan on Tuesday."))
                .contains("CHN-IRN THIRD_PARTY_MEETING");
    }
}
