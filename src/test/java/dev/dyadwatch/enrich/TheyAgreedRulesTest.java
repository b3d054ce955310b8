package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "They agreed to meet ..., and Tashkent's foreign ministry said ...": "they" before a verb of deciding is the pair
 * the article is about, when only a later clause names anyone; "Their last meeting ..." opening a sentence that names
 * no one is that pair's meeting. Sentences written for this test, with controls.
 */
class TheyAgreedRulesTest extends RuleSentences {

    @Test
    void shouldReadTheyAgreedToMeetAsThePairWhenOnlyALaterClauseNamesAnyone() {
        assertThat(keys("Tokayev and Mirziyoyev spoke by phone on Monday. They agreed to meet in person soon, and "
                + "Tashkent's foreign ministry said preparations had begun."))
                .contains("KAZ-UZB TELEPHONE OCCURRED", "KAZ-UZB INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotReadTheyAsThePairWhenTheSentenceNamesAnotherPartner() {
        // Control: "they" meet a third leader; the call's pair is no plan of its own.
        assertThat(keys("Tokayev and Mirziyoyev spoke by phone on Monday. They agreed to meet Erdogan in Ankara "
                + "soon.")).doesNotContain("KAZ-UZB INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldReadTheirMeetingOpeningASentenceAsThePairs() {
        assertThat(keys("Tokayev and Mirziyoyev spoke by phone on Monday. Their last meeting was in Samarkand in May "
                + "2023.")).contains("KAZ-UZB CONSULT HISTORICAL");
        // Control: a meeting further on, of other people, is not the pair's.
        assertThat(keys("Tokayev and Mirziyoyev spoke by phone on Monday. Their trade ministers praised the outcome "
                + "of a meeting of customs officials in May 2023.")).doesNotContain("KAZ-UZB CONSULT HISTORICAL");
    }
}
