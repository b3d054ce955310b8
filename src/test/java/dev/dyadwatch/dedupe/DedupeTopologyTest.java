package dev.dyadwatch.dedupe;

import static dev.dyadwatch.dedupe.TestArticles.article;
import static dev.dyadwatch.dedupe.TestArticles.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.kstream.Windowed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DedupeTopologyTest {

    private static final Instant T0 = Instant.parse("2024-03-12T10:15:00Z");
    private static final Duration HORIZON = Duration.ofDays(7);

    private final DedupeDriver dedupe = new DedupeDriver(HORIZON);

    @AfterEach
    void close() {
        dedupe.close();
    }

    @Test
    void shouldPassAFirstSeenArticleOnAsTheFirstOfItsStory() {
        dedupe.send(labelled("s01-wire", "wire-1", T0));
        List<KeyValue<String, UniqueArticle>> unique = dedupe.uniques();
        assertThat(unique).hasSize(1);
        assertThat(unique.get(0).key).isEqualTo("wire-1");
        assertThat(unique.get(0).value.getStoryId()).isEqualTo("wire-1");
        assertThat(unique.get(0).value.getArticle().getText()).startsWith("Pakistan's Prime Minister");
        assertThat(dedupe.copies()).isEmpty();
    }

    @Test
    void shouldRankAnArticleForRacesByItsPublicationTimeNotByWhenItArrived() {
        RawArticle wire = labelled("s01-wire", "wire-1", T0);
        // Ingested an hour after it was written: the hour must not count against it in a race with a copy.
        dedupe.raw.pipeInput(wire.getId(), wire, T0.plus(Duration.ofHours(1)));
        try (KeyValueIterator<Windowed<Long>, ArticleState> articles = dedupe.articleStore().fetchAll(0,
                T0.plus(Duration.ofDays(1)).toEpochMilli())) {
            ArticleState state = articles.next().value;
            assertThat(state.articleId()).isEqualTo("wire-1");
            assertThat(state.stamp()).isEqualTo(T0.toEpochMilli());
            assertThat(state.precedes(1L, T0.plusSeconds(1).toEpochMilli(), 0L)).isTrue();
        }
    }

    @Test
    void shouldRouteSyndicatedCopyToDuplicates() {
        dedupe.send(labelled("s01-wire", "wire-1", T0));
        dedupe.send(labelled("s01-boilerplate", "ledger-1", T0.plusSeconds(1500)));
        assertThat(dedupe.uniqueIds()).containsExactly("wire-1");
        List<KeyValue<String, DuplicateVerdict>> copies = dedupe.copies();
        assertThat(copies).hasSize(1);
        DuplicateVerdict verdict = copies.get(0).value;
        assertThat(copies.get(0).key).isEqualTo("ledger-1");
        assertThat(verdict.getArticleId()).isEqualTo("ledger-1");
        assertThat(verdict.getOriginalId()).isEqualTo("wire-1");
        assertThat(verdict.getStoryId()).isEqualTo("wire-1");
        assertThat(verdict.getKind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(verdict.getContainment()).isGreaterThan(0.7);
        assertThat(verdict.getSimilarity()).isBetween(0.5, 1.0);
        assertThat(verdict.getCopyNumber()).isEqualTo(1);
        assertThat(verdict.getSource()).isEqualTo("Karachi Daily Ledger");
        assertThat(verdict.getPublishedAt()).isEqualTo(T0.plusSeconds(1500));
    }

    @Test
    void shouldRecogniseTheSameIdAgainWhateverItsText() {
        dedupe.send(labelled("s01-wire", "wire-1", T0));
        dedupe.send(labelled("s02-wire", "wire-1", T0.plusSeconds(60)));
        assertThat(dedupe.uniqueIds()).containsExactly("wire-1");
        DuplicateVerdict verdict = dedupe.copies().get(0).value;
        assertThat(verdict.getKind()).isEqualTo(DuplicateKind.SAME_ID);
        assertThat(verdict.getOriginalId()).isEqualTo("wire-1");
        assertThat(verdict.getContainment()).isNull();
        assertThat(verdict.getCopyNumber()).isEqualTo(1);
    }

    @Test
    void shouldRecogniseIdenticalTextUnderAnotherId() {
        dedupe.send(labelled("s03-wire", "mpa-1", T0));
        dedupe.send(labelled("s03-headline", "abj-1", T0.plusSeconds(60)));
        assertThat(dedupe.uniqueIds()).containsExactly("mpa-1");
        DuplicateVerdict verdict = dedupe.copies().get(0).value;
        assertThat(verdict.getKind()).isEqualTo(DuplicateKind.SAME_TEXT);
        assertThat(verdict.getSimilarity()).isEqualTo(1.0);
        assertThat(verdict.getTitle()).isEqualTo("Turkey, Egypt aim for $15 billion trade as ministers meet");
    }

    @Test
    void shouldPassOnTwoReportsOfOneEventAndAFollowUp() {
        dedupe.send(labelled("s01-wire", "wire-1", T0));
        dedupe.send(labelled("s01-independent", "caspian-1", T0.plusSeconds(3600)));
        dedupe.send(labelled("s01-followup-reused", "wire-3", T0.plusSeconds(86_400)));
        assertThat(dedupe.uniqueIds()).containsExactly("wire-1", "caspian-1", "wire-3");
        assertThat(dedupe.copies()).isEmpty();
    }

    @Test
    void shouldNumberTheCopiesOfAStoryAndResolveACopyOfACopyToTheStory() {
        dedupe.send(labelled("s06-wire", "cep-1", T0));
        dedupe.send(labelled("s06-headline", "bdd-1", T0.plusSeconds(600)));
        dedupe.send(labelled("s06-reordered", "nsr-1", T0.plusSeconds(1200)));
        dedupe.send(labelled("s06-boilerplate", "pom-1", T0.plusSeconds(1800)));
        dedupe.send(labelled("s06-wire", "cep-1", T0.plusSeconds(2400)));
        assertThat(dedupe.uniqueIds()).containsExactly("cep-1");
        List<DuplicateVerdict> copies = dedupe.copies().stream().map(kv -> kv.value).toList();
        assertThat(copies).extracting(DuplicateVerdict::getArticleId)
                .containsExactly("bdd-1", "nsr-1", "pom-1", "cep-1");
        assertThat(copies).extracting(DuplicateVerdict::getStoryId).containsOnly("cep-1");
        assertThat(copies).extracting(DuplicateVerdict::getCopyNumber).containsExactly(1, 2, 3, 4);
    }

    @Test
    void shouldResolveTheStoryOfACopyFoundOnlyThroughAnotherCopy() {
        RawArticle first = labelled("s01-trimmed", "short-1", T0);
        dedupe.send(first);
        dedupe.send(labelled("s01-wire", "wire-1", T0.plusSeconds(60)));
        dedupe.send(labelled("s01-reordered", "eur-1", T0.plusSeconds(120)));
        assertThat(dedupe.uniqueIds()).containsExactly("short-1");
        assertThat(dedupe.copies()).extracting(kv -> kv.value.getStoryId()).containsOnly("short-1");
    }

    @Test
    void shouldRecordALateOriginalAsACopyOfTheArticleThatRepresentsTheStory() {
        // The copy reaches dedupe first although the wire story was published twenty minutes before it.
        dedupe.send(labelled("s04-added", "cuiaba-1", T0.plusSeconds(1200)));
        dedupe.send(labelled("s04-wire", "lws-1", T0));
        assertThat(dedupe.uniqueIds()).containsExactly("cuiaba-1");
        DuplicateVerdict verdict = dedupe.copies().get(0).value;
        assertThat(verdict.getArticleId()).isEqualTo("lws-1");
        assertThat(verdict.getOriginalId()).isEqualTo("cuiaba-1");
        assertThat(verdict.getStoryId()).isEqualTo("cuiaba-1");
        assertThat(verdict.getPublishedAt()).isEqualTo(T0);
    }

    @Test
    void shouldRecogniseCopiesArrivingLateOrEarlyWithinTheHorizon() {
        dedupe.send(labelled("s05-wire", "eaw-1", T0));
        dedupe.send(labelled("s05-headline", "nbd-1", T0.plus(Duration.ofDays(3))));
        dedupe.send(labelled("s05-dateline", "asw-1", T0.minus(Duration.ofDays(3))));
        assertThat(dedupe.uniqueIds()).containsExactly("eaw-1");
        assertThat(dedupe.copies()).extracting(kv -> kv.key).containsExactly("nbd-1", "asw-1");
    }

    @Test
    void shouldForgetAStoryOnceEventTimeHasMovedAHorizonPastIt() {
        dedupe.send(labelled("s07-wire", "scw-1", T0));
        dedupe.send(labelled("s07-headline", "smw-1", T0.plus(HORIZON).plusSeconds(3600)));
        assertThat(dedupe.uniqueIds()).containsExactly("scw-1", "smw-1");
        // Well past the horizon, the first story's state is gone from both stores, not only out of reach.
        dedupe.send(labelled("s08-wire", "gna-1", T0.plus(HORIZON.multipliedBy(3))));
        assertThat(entriesBefore(T0.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void shouldPassOnUncheckedAnArticleOlderThanTheHorizonBehindEventTime() {
        dedupe.send(labelled("s02-wire", "pnw-1", T0));
        dedupe.send(labelled("s02-headline", "dec-1", T0.minus(HORIZON).minusSeconds(60)));
        assertThat(dedupe.uniqueIds()).containsExactly("pnw-1", "dec-1");
        assertThat(dedupe.copies()).isEmpty();
    }

    @Test
    void shouldKeepTimeByIngestionSoAMisdatedPageExpiresNothing() {
        dedupe.send(labelled("s03-wire", "mpa-1", T0));
        RawArticle misdated = RawArticle.newBuilder(labelled("s08-wire", "gna-1", T0))
                .setPublishedAt(Instant.parse("2099-01-01T00:00:00Z")).build();
        dedupe.raw.pipeInput(misdated.getId(), misdated, T0.plusSeconds(60));
        dedupe.send(labelled("s03-dateline", "cm-1", T0.plusSeconds(120)));
        assertThat(dedupe.uniqueIds()).containsExactly("mpa-1", "gna-1");
        assertThat(dedupe.copies()).extracting(kv -> kv.key).containsExactly("cm-1");
    }

    @Test
    void shouldNotTakeATextRepublishedLongAfterForACopy() {
        dedupe.send(labelled("s07-wire", "scw-1", T0));
        RawArticle anniversary = RawArticle.newBuilder(labelled("s07-headline", "smw-1", T0))
                .setPublishedAt(T0.plus(Duration.ofDays(365))).build();
        dedupe.raw.pipeInput(anniversary.getId(), anniversary, T0.plusSeconds(3600));
        assertThat(dedupe.uniqueIds()).containsExactly("scw-1", "smw-1");
        assertThat(dedupe.copies()).isEmpty();
    }

    @Test
    void shouldDeadLetterArticlesThatCannotBeChecked() {
        RawArticle article = labelled("s01-wire", "wire-1", T0);
        dedupe.raw.pipeInput("another-key", article, T0);
        dedupe.raw.pipeInput("no-hash", RawArticle.newBuilder(article).setId("no-hash").setContentHash(" ").build(),
                T0);
        dedupe.raw.pipeInput("nothing", null, T0);
        List<KeyValue<String, DeadLetter>> letters = dedupe.deadLetters.readKeyValuesToList();
        assertThat(letters).extracting(kv -> kv.value.getDescription()).containsExactly(
                "record key 'another-key' is not the article id 'wire-1'; articles-raw must be keyed by article id",
                "article no-hash has no content hash",
                "article record has no value");
        assertThat(letters).allSatisfy(kv -> {
            assertThat(kv.value.getStage()).isEqualTo("dedupe");
            assertThat(kv.value.getTopic()).isEqualTo("articles-raw");
            assertThat(kv.value.getOffset()).isNotNull();
        });
        assertThat(dedupe.uniques()).isEmpty();
    }

    @Test
    void shouldTreatEveryWordlessTextAsOneText() {
        dedupe.send(article("empty-1", "Photo gallery", "Outlet A", "  -- ", T0));
        dedupe.send(article("empty-2", "Video", "Outlet B", "...", T0.plusSeconds(5)));
        assertThat(dedupe.uniqueIds()).containsExactly("empty-1");
        assertThat(dedupe.copies()).extracting(kv -> kv.value.getKind()).containsExactly(DuplicateKind.SAME_TEXT);
    }

    private int entriesBefore(Instant time) {
        int count = 0;
        try (KeyValueIterator<Windowed<Long>, ArticleState> articles = dedupe.articleStore().fetchAll(0,
                time.toEpochMilli())) {
            while (articles.hasNext()) {
                articles.next();
                count++;
            }
        }
        try (KeyValueIterator<Windowed<Long>, ProbeEntry> bands = dedupe.bandStore().fetchAll(0,
                time.toEpochMilli())) {
            while (bands.hasNext()) {
                bands.next();
                count++;
            }
        }
        return count;
    }
}
