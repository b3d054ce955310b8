package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "held talks with Carney, who was hosting the summit, and with Zelenskyy": a repeated "with" names a second
 * partner past a relative clause, and a summit the clause says someone hosts is the occasion, not a meeting of all
 * three; on sentences written for this test, each with a control.
 */
class RepeatedWithRulesTest extends RuleSentences {

    private static final String TALKS = "On Monday Prime Minister Shehbaz Sharif held talks with President Recep "
            + "Tayyip Erdogan, who was hosting the summit, ";

    @Test
    void shouldReadARepeatedWithAsASecondPartnerOfTheSameTalks() {
        assertThat(pairsAndTypes(TALKS + "and with President Vladimir Putin."))
                .containsExactlyInAnyOrder("PAK-TUR NEGOTIATE", "PAK-RUS NEGOTIATE");
        // Control: without "with", the name after "and" opens a clause of its own.
        assertThat(pairsAndTypes(TALKS + "and President Vladimir Putin flew home."))
                .doesNotContain("PAK-RUS NEGOTIATE");
    }

    @Test
    void shouldNotReadASummitHostedInARelativeClauseAsAMeetingOfAll() {
        assertThat(pairsAndTypes(TALKS + "and with President Vladimir Putin."))
                .doesNotContain("RUS-TUR THIRD_PARTY_MEETING");
        // Control: a summit the sentence reports is a meeting of its members.
        assertThat(pairsAndTypes("Prime Minister Shehbaz Sharif, President Recep Tayyip Erdogan and President "
                + "Vladimir Putin held a summit in Astana on Monday."))
                .contains("RUS-TUR THIRD_PARTY_MEETING");
    }
}
