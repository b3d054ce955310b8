package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "during the visit", "The visit followed ...": a visit named by a bare definite noun is the visit the article told,
 * not a new one with the status or date of another clause. Sentences written for this test, with a control where
 * the sentence opens on the visit to call it off.
 */
class VisitToldBeforeRulesTest extends RuleSentences {

    @Test
    void shouldNotNegateTheVisitWhenOnlyTheSigningDuringItIsRuledOut() {
        assertThat(keys("Shehbaz Sharif arrived in Tashkent on Monday for talks with Mirziyoyev. Officials said no "
                + "agreements would be signed during the visit."))
                .contains("PAK-UZB VISIT OCCURRED").doesNotContain("PAK-UZB VISIT NEGATED");
    }

    @Test
    void shouldNotDateTheVisitByTheEarlierMeetingItFollowed() {
        assertThat(keys("Wang Yi arrived in New Delhi on Monday for talks with Jaishankar. The visit followed a "
                + "meeting between the two ministers in Moscow in July."))
                .contains("CHN-IND VISIT OCCURRED").doesNotContain("CHN-IND VISIT HISTORICAL");
    }

    @Test
    void shouldStillReadATripCalledOffAtTheOpeningOfTheSentence() {
        // Control: the sentence opens on the visit the article is about to call it off.
        assertThat(keys("Jaishankar was due to travel to Beijing to meet Wang Yi this week. The trip was called off "
                + "on Tuesday, officials said.")).contains("CHN-IND VISIT NEGATED");
    }
}
