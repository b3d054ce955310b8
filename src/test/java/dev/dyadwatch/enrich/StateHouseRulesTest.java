package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "State House" is the seat of the presidency in Kenya, Uganda, Tanzania and Nigeria: it names the government of the
 * one of them the article is about, and no one when the article names none of them or several. Sentences written
 * for this test.
 */
class StateHouseRulesTest extends RuleSentences {

    @Test
    void shouldReadStateHouseAsTheGovernmentOfTheCountryTheArticleIsAbout() {
        assertThat(namedActors("President Bola Tinubu received the Ghanaian foreign minister on Monday. The two "
                + "sides agreed to expand trade, State House said.")).contains("Government of Nigeria NGA");
        assertThat(keys("President Samia Suluhu Hassan hosted Zambian President Hakainde Hichilema at State House "
                + "on Tuesday.")).contains("TZA-ZMB HOST_VISIT OCCURRED");
    }

    @Test
    void shouldLeaveStateHouseUnreadWithoutOneCountryToTellItBy() {
        // Control: no country of a State House named.
        assertThat(namedActors("State House said on Tuesday that the talks had gone well.")).isEmpty();
        // Control: two countries with a State House named; the seat tells neither.
        assertThat(namedActors("President Yoweri Museveni met Kenyan President William Ruto in Kampala. State "
                + "House said the talks went well.")).noneMatch(a -> a.startsWith("Government of"));
    }
}
