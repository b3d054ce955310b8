package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings at a summit the article named once, in its title or an earlier sentence (a live blog, a market story),
 * on articles written for this test, each with a control: a meeting with the host, a meeting that names its own
 * place, a planned meeting and an article with no summit keep their types.
 */
class ArticleSummitRulesTest extends RuleSentences {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    private List<String> keys(String title, String text) {
        return coder.code(article(WEDNESDAY, title, text)).contacts().stream()
                .map(c -> c.dyad() + " " + c.type() + " " + c.status()).toList();
    }

    @Test
    void shouldPlaceAMeetingOfTwoGuestsAtTheSummitTheTitleNamed() {
        assertThat(keys("SCO summit in Tianjin live: leaders gather",
                "Prime Minister Narendra Modi and President Vladimir Putin held a bilateral meeting on Wednesday."))
                .containsExactly("IND-RUS THIRD_PARTY_MEETING OCCURRED");
        // Control: the same sentence in an article that names no summit is a meeting of the two.
        assertThat(keys("Leaders gather",
                "Prime Minister Narendra Modi and President Vladimir Putin held a bilateral meeting on Wednesday."))
                .containsExactly("IND-RUS CONSULT OCCURRED");
    }

    @Test
    void shouldPlaceAMeetingThatDidNotHappenAtTheSummitAnEarlierSentenceNamed() {
        assertThat(keys("Leaders gather", "Leaders opened the SCO summit in Tianjin on Wednesday. Prime Minister "
                + "Shehbaz Sharif did not meet Prime Minister Narendra Modi."))
                .contains("IND-PAK THIRD_PARTY_MEETING NEGATED");
    }

    @Test
    void shouldKeepAMeetingWithTheHostOrWithItsOwnPlaceOrStillPlannedAsItWas() {
        // Control: the host's own meeting at home is a plain consultation, as the gold set reads it.
        assertThat(keys("SCO summit in Tianjin live: leaders gather",
                "Prime Minister Narendra Modi held a meeting with President Xi Jinping on Wednesday."))
                .containsExactly("CHN-IND CONSULT OCCURRED");
        // Control: a meeting placed in a guest's capital was not held at the summit.
        assertThat(keys("SCO summit in Tianjin live: leaders gather",
                "Prime Minister Narendra Modi met President Vladimir Putin in New Delhi on Wednesday."))
                .doesNotContain("IND-RUS THIRD_PARTY_MEETING OCCURRED");
        // Control: a meeting still to come is an intent, whatever the summit.
        assertThat(keys("SCO summit in Tianjin live: leaders gather",
                "Prime Minister Narendra Modi will meet President Vladimir Putin in December."))
                .containsExactly("IND-RUS INTENT_TO_MEET PLANNED");
    }
}
