package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plans that grammar carries past the words of contact, on sentences written for this test (published on Wednesday
 * 23 October 2024), each with a control: a gerund after "before" takes the tense of the clause it hangs from, and
 * a subject's verb of planning stands after words the commas set off, and "call on X and to" is a courtesy call
 * followed by a second infinitive, not an appeal.
 */
class PlanGrammarRulesTest extends RuleSentences {

    @Test
    void shouldReadATripAfterBeforeAsPlannedWhenTheClauseItHangsFromIsPlanned() {
        // The plan word stands further back than the words before a trigger that are read for its status.
        assertThat(keys("Scholz is also expected to hold talks with French President Emmanuel Macron and Italian "
                + "Prime Minister Giorgia Meloni in Rome before flying to Spain."))
                .contains("DEU-ESP INTENT_TO_MEET PLANNED").doesNotContain("DEU-ESP VISIT OCCURRED");
        assertThat(keys("Albanese will hold a long working lunch with Prime Minister Narendra Modi and his senior "
                + "ministers in New Delhi before travelling to Japan."))
                .contains("AUS-JPN INTENT_TO_MEET PLANNED");
        // Control: after a clause that reports talks held, the trip that followed them was made.
        assertThat(keys("Scholz held talks with Macron in Paris before flying to Spain."))
                .containsExactlyInAnyOrder("DEU-FRA NEGOTIATE OCCURRED", "DEU-ESP VISIT OCCURRED");
    }

    @Test
    void shouldFindThePlanOfASubjectPastWordsSetOffByCommas() {
        ArticleCoding coding = code("Indonesia and Australia signed a defence pact on Monday. The joint exercise, "
                + "the first to include marines from both countries, is expected to begin in November.");
        assertThat(coding.contacts()).extracting(c -> c.type() + " " + c.status() + " " + c.date().start())
                .contains("MILITARY_COOPERATION PLANNED 2024-11-01");
        // Control: the same subject with a verb in the past is an exercise held last November.
        assertThat(code("Indonesia and Australia signed a defence pact on Monday. The joint exercise, the first to "
                + "include marines from both countries, began in November.").contacts())
                .extracting(c -> c.type() + " " + c.status() + " " + c.date().start())
                .contains("MILITARY_COOPERATION HISTORICAL 2023-11-01");
    }

    @Test
    void shouldReadACallOnSomeoneFollowedByASecondInfinitiveAsACourtesyCall() {
        assertThat(keys("Erdogan is also due to call on President Shavkat Mirziyoyev and to open a trade fair."))
                .containsExactly("TUR-UZB INTENT_TO_MEET PLANNED");
        // Control: the one called on and asked to act is appealed to, not visited.
        assertThat(keys("Erdogan called on President Shavkat Mirziyoyev to open the border crossings.")).isEmpty();
    }
}
