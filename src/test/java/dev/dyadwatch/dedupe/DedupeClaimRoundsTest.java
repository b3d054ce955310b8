package dev.dyadwatch.dedupe;

import static dev.dyadwatch.dedupe.TestArticles.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.dedupe.similarity.Hashing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An article claims its best candidates first and, before it may start a story, every other candidate it found:
 * of two similar articles of which one found the other, at most one is published, however many closer copies
 * stand between them. The test driver decides one article before it reads the next, so the copies in flight on a
 * busy cluster are put back into an undecided phase in the store, as if their own checks were still under way.
 */
class DedupeClaimRoundsTest {

    private static final Instant WIRE = Instant.parse("2024-07-05T05:40:00Z");
    private static final Duration HORIZON = Duration.ofDays(7);

    private final DedupeDriver dedupe = new DedupeDriver(HORIZON);

    @AfterEach
    void close() {
        dedupe.close();
    }

    private void undecided(String id, Instant time) {
        long handle = Hashing.handleOf(id);
        ArticleState decided = dedupe.articleStore().fetch(handle, time.toEpochMilli());
        assertThat(decided.isDecided()).as(id).isTrue();
        dedupe.articleStore().put(handle, decided.inPhase(ArticleState.Phase.CLAIMING), time.toEpochMilli());
    }

    @Test
    void shouldJoinAPublishedCopyFoundBeyondTheBestCandidatesWhenTheCloserCopiesAreUndecided() {
        // The trimmed copy (first three of seven paragraphs) shares two bands with the wire, its fuller copies all
        // sixteen or ten: the wire's best candidates are the fuller copies.
        Instant trimmed = WIRE.plus(Duration.ofMinutes(40));
        Instant headline = WIRE.plus(Duration.ofMinutes(110));
        Instant dateline = WIRE.plus(Duration.ofMinutes(210));
        Instant mixed = WIRE.plus(Duration.ofMinutes(320));
        dedupe.send(labelled("s07-trimmed", "trimmed-1", trimmed));
        dedupe.send(labelled("s07-headline", "headline-1", headline));
        dedupe.send(labelled("s07-dateline", "dateline-1", dateline));
        dedupe.send(labelled("s07-mixed", "mixed-1", mixed));
        assertThat(dedupe.uniques()).extracting(kv -> kv.key).containsExactly("trimmed-1");
        assertThat(dedupe.copies()).extracting(kv -> kv.value.getStoryId()).containsOnly("trimmed-1");
        undecided("headline-1", headline);
        undecided("dateline-1", dateline);
        undecided("mixed-1", mixed);

        // The wire, published first, finds the three fuller copies undecided (they yield to it) and the trimmed
        // copy already published.
        dedupe.send(labelled("s07-wire", "wire-1", WIRE));

        assertThat(dedupe.uniques()).extracting(kv -> kv.key).as("published besides the trimmed copy").isEmpty();
        List<DuplicateVerdict> copies = dedupe.copies().stream().map(kv -> kv.value).toList();
        assertThat(copies).extracting(DuplicateVerdict::getArticleId).containsExactly("wire-1");
        assertThat(copies.get(0).getStoryId()).isEqualTo("trimmed-1");
        assertThat(copies.get(0).getOriginalId()).isEqualTo("trimmed-1");
    }
}
