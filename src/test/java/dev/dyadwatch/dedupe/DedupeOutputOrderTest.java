package dev.dyadwatch.dedupe;

import static dev.dyadwatch.dedupe.TestArticles.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.dedupe.similarity.Hashing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Articles-unique keeps each home partition's order of arrival. The test driver checks one article through to
 * its decision before it reads the next, so to keep an article undecided while later ones arrive, the story it
 * copies is put back into an undecided phase in the store, as if its own check were still under way: the copy's
 * claim then waits for it, as it does on a busy cluster.
 */
class DedupeOutputOrderTest {

    private static final Instant T0 = Instant.parse("2024-03-12T10:15:00Z");
    private static final Duration HORIZON = Duration.ofDays(7);

    private final DedupeDriver dedupe = new DedupeDriver(HORIZON);

    @AfterEach
    void close() {
        dedupe.close();
    }

    /** Publishes the wire story, then makes it undecided again; returns its decided state. */
    private ArticleState wireStoryStillUndecided() {
        dedupe.send(labelled("s01-wire", "wire-1", T0));
        assertThat(dedupe.uniqueIds()).containsExactly("wire-1");
        ArticleState decided = dedupe.articleStore().fetch(Hashing.handleOf("wire-1"), T0.toEpochMilli());
        assertThat(decided.phase()).isEqualTo(ArticleState.Phase.ROOT);
        dedupe.articleStore().put(Hashing.handleOf("wire-1"), decided.inPhase(ArticleState.Phase.CLAIMING),
                T0.toEpochMilli());
        return decided;
    }

    /** A copy of the wire story, whose claim on it waits, then two articles decided as soon as they arrive. */
    private void copyWaitingOnItsStoryThenTwoWithoutCandidates() {
        dedupe.send(labelled("s01-boilerplate", "ledger-1", T0.plusSeconds(1500)));
        // No candidate: decided when its band answers are in.
        dedupe.send(labelled("s02-wire", "pnw-1", T0.plusSeconds(1600)));
        // Older than the horizon behind event time: passed on unchecked at intake.
        dedupe.send(labelled("s03-wire", "mpa-1", T0.minus(HORIZON).minusSeconds(60)));
    }

    @Test
    void shouldHoldLaterArticlesUntilAnEarlierOneWaitingOnAClaimIsDecided() {
        ArticleState decided = wireStoryStillUndecided();
        copyWaitingOnItsStoryThenTwoWithoutCandidates();
        assertThat(dedupe.uniqueIds()).as("held behind the copy that waits").isEmpty();
        assertThat(dedupe.copies()).isEmpty();

        dedupe.articleStore().put(Hashing.handleOf("wire-1"), decided, T0.toEpochMilli());
        dedupe.driver.advanceWallClockTime(ClaimDesk.RECHECK_INTERVAL);

        List<KeyValue<String, DuplicateVerdict>> copies = dedupe.copies();
        assertThat(copies).extracting(kv -> kv.key).containsExactly("ledger-1");
        assertThat(copies.get(0).value.getStoryId()).isEqualTo("wire-1");
        List<KeyValue<String, UniqueArticle>> unique = dedupe.uniques();
        assertThat(unique).extracting(kv -> kv.key).containsExactly("pnw-1", "mpa-1");
        assertThat(unique).allSatisfy(kv -> assertThat(kv.value.getStoryId()).isEqualTo(kv.key));
        assertThat(heldArticles()).isZero();
    }

    @Test
    void shouldPublishInArrivalOrderWhenTheWaitEndsByTimeout() {
        wireStoryStillUndecided();
        copyWaitingOnItsStoryThenTwoWithoutCandidates();
        assertThat(dedupe.uniqueIds()).isEmpty();

        // The story never gets decided: the claim is answered as unknown and the copy starts a story of its own.
        dedupe.driver.advanceWallClockTime(ArticleIntake.STALL_TIMEOUT.plusSeconds(30));

        assertThat(dedupe.uniqueIds()).containsExactly("ledger-1", "pnw-1", "mpa-1");
        assertThat(dedupe.copies()).isEmpty();
    }

    @Test
    void shouldPublishAtOnceWhenNothingIsHeld() {
        dedupe.send(labelled("s01-wire", "wire-1", T0));
        dedupe.send(labelled("s02-wire", "pnw-1", T0.plusSeconds(60)));
        dedupe.send(labelled("s01-boilerplate", "ledger-1", T0.plusSeconds(120)));
        assertThat(dedupe.uniqueIds()).containsExactly("wire-1", "pnw-1");
        assertThat(dedupe.copies()).extracting(kv -> kv.key).containsExactly("ledger-1");
        assertThat(heldArticles()).isZero();
    }

    @Test
    void shouldPassOnAHeldArticleWhoseCheckWasLostAsFirstSeen() {
        wireStoryStillUndecided();
        copyWaitingOnItsStoryThenTwoWithoutCandidates();
        KeyValueStore<Long, PendingArticle> pending = dedupe.driver.getKeyValueStore(DedupeStores.PENDING);
        assertThat(pending.delete(Hashing.handleOf("ledger-1"))).isNotNull();

        dedupe.driver.advanceWallClockTime(Duration.ofSeconds(31));

        // Nothing is lost: as after a stalled check, the article goes out as the first of its story.
        assertThat(dedupe.uniqueIds()).containsExactly("ledger-1", "pnw-1", "mpa-1");
        assertThat(heldArticles()).isZero();
    }

    private int heldArticles() {
        KeyValueStore<Long, ReleaseQueue.Held> queue = dedupe.driver.getKeyValueStore(DedupeStores.RELEASE_QUEUE);
        int count = 0;
        try (var all = queue.all()) {
            while (all.hasNext()) {
                all.next();
                count++;
            }
        }
        return count;
    }
}
