package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writers name their own country's officials by a bare title ("Foreign Minister Penny Wong") and foreign ones with
 * a nationality: when every office holder the article has named by a bare title is of one country, an official the
 * dictionary does not know, introduced the same way, acts for that country, even in a story filed from abroad.
 * Sentences written for this test, with controls where the dateline's country stays the reading.
 */
class BareTitleHomeRulesTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    /** "text -> actor id" for every person of an article of {@code text} filed with {@code dateline}. */
    private List<String> people(String dateline, String text) {
        Instant at = Instant.parse("2024-05-22T08:00:00Z");
        RawArticle article = RawArticle.newBuilder().setId("bare-" + Math.abs(text.hashCode())).setUrl(null)
                .setCanonicalUrl(null).setTitle("Report").setText(text).setDateline(dateline)
                .setSource("Test Wire").setPublishedAt(at).setPublishedAtSource(TimeSource.INPUT_FIELD)
                .setFetchedAt(at).setLanguage(null).setInputFormat(InputFormat.TEXT).setOrigin("test")
                .setContentHash(Integer.toHexString(text.hashCode())).build();
        return coder.code(article).resolution().allMentions().stream()
                .filter(m -> m.actor().id().contains(".") || m.actor().id().startsWith("intro:"))
                .map(m -> m.text() + " -> " + m.actor().id()).toList();
    }

    @Test
    void shouldGiveAnUnknownOfficialTheCountryOfTheOfficialsNamedByBareTitles() {
        assertThat(people("NAIROBI", "Foreign Minister Penny Wong met Kenyan President William Ruto at State House "
                + "on Tuesday. Assistant Minister Daniel Rowe said the two sides would meet again in June."))
                .contains("Daniel Rowe -> intro:AUS:daniel-rowe");
        // Control: with the visitor named by nationality, a bare title is the dateline's country's official.
        assertThat(people("NAIROBI", "Australian Foreign Minister Penny Wong met President William Ruto at State "
                + "House on Tuesday. Assistant Minister Daniel Rowe said the two sides would meet again in June."))
                .contains("Daniel Rowe -> intro:KEN:daniel-rowe");
    }

    @Test
    void shouldKeepTheDatelinesCountryForAnOfficialNamedBesideAPersonOfTheWritersCountry() {
        // Control: whoever receives the visitor may be his host.
        assertThat(people("BRASILIA", "President Gustavo Petro arrived in Brasilia on Monday. Petro was received "
                + "by Trade Minister Daniel Rowe.")).contains("Daniel Rowe -> intro:BRA:daniel-rowe");
    }

    @Test
    void shouldKeepTheDatelinesCountryWhenBareTitlesNameOfficialsOfTwoCountries() {
        // Control: both leaders named by bare titles tell no home country apart; the dateline decides.
        assertThat(people("NAIROBI", "Foreign Minister Penny Wong met President William Ruto at State House on "
                + "Tuesday. Assistant Minister Daniel Rowe said the two sides would meet again in June."))
                .contains("Daniel Rowe -> intro:KEN:daniel-rowe");
        // Control: "Kenya's new president" is no bare title.
        assertThat(people("NAIROBI", "Foreign Minister Penny Wong met Kenya's new President William Ruto on "
                + "Tuesday. Assistant Minister Daniel Rowe said the two sides would meet again in June."))
                .contains("Daniel Rowe -> intro:AUS:daniel-rowe");
    }
}
