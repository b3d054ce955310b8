package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plural title before a pair of names ("their defence ministers, X and Y,") gives each name the title and the
 * country of the pair the text or the dictionary leaves it.
 */
class PluralTitlePairRulesTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    /** "text -> actor id role" for every person the article names. */
    private List<String> people(String day, String text) {
        Instant at = Instant.parse(day + "T08:00:00Z");
        RawArticle article = RawArticle.newBuilder().setId("plural-" + Math.abs(text.hashCode())).setUrl(null)
                .setCanonicalUrl(null).setTitle("Report").setText(text).setDateline(null).setSource("Test Wire")
                .setPublishedAt(at).setPublishedAtSource(TimeSource.INPUT_FIELD).setFetchedAt(at).setLanguage(null)
                .setInputFormat(InputFormat.TEXT).setOrigin("test").setContentHash(Integer.toHexString(text.hashCode()))
                .build();
        return coder.code(article).resolution().allMentions().stream()
                .filter(m -> m.actor().id().contains(".") || m.actor().id().startsWith("intro:"))
                .map(m -> m.text() + " -> " + m.actor().id() + " " + m.actor().role()).toList();
    }

    @Test
    void shouldGiveTheUnlistedMinisterOfAPairTheOtherCountryOfTheLeadersNamedBefore() {
        assertThat(people("2018-09-20", "Moon Jae-in was met at Pyongyang airport by Kim Jong Un. The two leaders "
                + "then signed a declaration that Washington praised. Their defence ministers, Song Young-moo and "
                + "No Kwang Chol, put their names to a separate military accord."))
                .contains("Song Young-moo -> KOR.song-young-moo DEFENCE_MINISTER",
                        "No Kwang Chol -> intro:PRK:no-kwang-chol DEFENCE_MINISTER");
    }

    @Test
    void shouldGiveEachNameTheCountryInTheOrderThePairIsWritten() {
        assertThat(people("2024-03-05", "The defence ministers of Estonia and Latvia, Hanno Pevkur and Andris "
                + "Spruds, agreed in Riga to buy air-defence systems together."))
                .contains("Hanno Pevkur -> intro:EST:hanno-pevkur DEFENCE_MINISTER",
                        "Andris Spruds -> intro:LVA:andris-spruds DEFENCE_MINISTER");
    }

    @Test
    void shouldLeaveThePairUnnamedWhenNoTwoCountriesComeBeforeIt() {
        assertThat(people("2024-03-05", "The defence ministers, Hanno Pevkur and Andris Spruds, met on Monday."))
                .noneMatch(m -> m.startsWith("Hanno Pevkur") || m.startsWith("Andris Spruds"));
    }
}
