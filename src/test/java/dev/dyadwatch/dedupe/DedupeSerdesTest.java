package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.DeferralReply;
import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import dev.dyadwatch.dedupe.similarity.Sketch;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DedupeSerdesTest {

    private static final ArticleRef A = new ArticleRef(-42L, 2, 1_710_238_500_000L);
    private static final ArticleRef B = new ArticleRef(Long.MAX_VALUE, 0, 1_710_238_560_000L);
    private static final Sketch SKETCH = new Sketch(new byte[] {1, 2, 3, -4}, 77, new int[] {-7, 3, 400_000});
    private static final StoryRef STORY = new StoryRef(B, "wire-1");
    private static final VerdictDraft DRAFT = new VerdictDraft("copy-1", "wire-1", DuplicateKind.NEAR, 0.61, 0.93,
            "Title", "Outlet", null, 1_710_238_600_000L);

    private static DedupeMessage roundTrip(DedupeMessage message) {
        var serde = DedupeMessageSerde.serde();
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", message));
    }

    @Test
    void shouldRoundTripEveryInternalMessage() {
        Probe probe = (Probe) roundTrip(new Probe(A, 1_710_000_000_000L, 1, 3, 2, new long[] {5L, -6L}, 9L,
                SKETCH));
        assertThat(probe.published()).isEqualTo(1_710_000_000_000L);
        assertThat(probe.article()).isEqualTo(A);
        assertThat(probe.bandKeys()).containsExactly(5L, -6L);
        assertThat(probe.fingerprint()).isEqualTo(9L);
        assertThat(probe.sketch()).isEqualTo(SKETCH);
        assertThat(roundTrip(new Answer(A, 1, List.of(new Candidate(B, 4))))).isEqualTo(
                new Answer(A, 1, List.of(new Candidate(B, 4))));
        Claim claim = (Claim) roundTrip(new Claim(A, 99L, B, 7L, SKETCH));
        assertThat(claim.sketch()).isEqualTo(SKETCH);
        assertThat(claim.claimantStamp()).isEqualTo(99L);
        Reply reply = new Reply(A, B, Outcome.ACCEPTED, 0.5, 0.9, false, "t", STORY);
        assertThat(roundTrip(reply)).isEqualTo(reply);
        Reply unknown = new Reply(A, B, Outcome.UNKNOWN, 0, 0, false, null, null);
        assertThat(roundTrip(unknown)).isEqualTo(unknown);
        assertThat(roundTrip(new Deferral(A, B))).isEqualTo(new Deferral(A, B));
        assertThat(roundTrip(new DeferralReply(A, "p", STORY))).isEqualTo(new DeferralReply(A, "p", STORY));
        assertThat(roundTrip(new Count(STORY, DRAFT))).isEqualTo(new Count(STORY, DRAFT));
        Arrival arrival = (Arrival) roundTrip(new Arrival(2, new byte[] {0, 0, 0, 0, 1, 42}));
        assertThat(arrival.home()).isEqualTo(2);
        assertThat(arrival.article()).containsExactly(0, 0, 0, 0, 1, 42);
    }

    @Test
    void shouldReadProbesAndProbeEntriesWrittenWithoutASketch() {
        Probe old = (Probe) roundTrip(new Probe(A, 5L, 0, 1, 0, new long[] {3L}, 0L, null));
        assertThat(old.sketch()).isNull();
        assertThat(old.bandKeys()).containsExactly(3L);
        var serde = ProbeEntry.serde();
        ProbeEntry withSketch = serde.deserializer().deserialize("t", serde.serializer().serialize("t",
                new ProbeEntry(1, 5L, new long[] {3L, 4L}, 9L, SKETCH)));
        assertThat(withSketch.sketch()).isEqualTo(SKETCH);
        assertThat(withSketch.fingerprint()).isEqualTo(9L);
        assertThat(withSketch.bandKeys()).containsExactly(3L, 4L);
        ProbeEntry without = serde.deserializer().deserialize("t", serde.serializer().serialize("t",
                new ProbeEntry(1, 5L, new long[] {3L}, 0L, null)));
        assertThat(without.sketch()).isNull();
        assertThat(without.home()).isEqualTo(1);
    }

    @Test
    void shouldRoundTripArticleStateWithAndWithoutStoryAndPrecedent() {
        var serde = ArticleState.serde();
        ArticleState probing = ArticleState.probing("a-1", 123L, 9L, SKETCH)
                .withPrecedent(new Precedent(A, 5L, 0.4, 0.8, false));
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", probing)))
                .isEqualTo(probing);
        ArticleState copy = probing.asCopy(STORY);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", copy))).isEqualTo(copy);
    }

    @Test
    void shouldKeepAnArticleStateOfARootWithTenNumbersUnder250Bytes() {
        ArticleState root = ArticleState.probing("0123456789abcdef0123456789abcdef", 1L, 2L,
                new Sketch(new byte[128], 600, new int[10])).asRoot(3);
        assertThat(ArticleState.encode(root)).hasSizeLessThan(250);
    }

    @Test
    void shouldRoundTripAPendingArticleAndIgnoreRedeliveredAnswersAndReplies() {
        PendingArticle pending = new PendingArticle(A, 77L, 1000L, 2);
        assertThat(pending.addAnswer(new Answer(A, 0, List.of(new Candidate(B, 2))))).isTrue();
        assertThat(pending.addAnswer(new Answer(A, 0, List.of(new Candidate(B, 2))))).isFalse();
        assertThat(pending.allAnswered()).isFalse();
        assertThat(pending.addAnswer(new Answer(A, 1, List.of(new Candidate(B, 1))))).isTrue();
        assertThat(pending.allAnswered()).isTrue();
        assertThat(pending.best(3)).containsExactly(new Candidate(B, 3));
        pending.claimed(1);
        Reply reply = new Reply(A, B, Outcome.DISSIMILAR, 0.1, 0.2, false, "b", null);
        assertThat(pending.addReply(reply)).isTrue();
        assertThat(pending.addReply(reply)).isFalse();
        pending.addSameIdCopy(DRAFT);
        var serde = PendingArticle.serde();
        PendingArticle back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", pending));
        assertThat(back.ref()).isEqualTo(A);
        assertThat(back.stamp()).isEqualTo(77L);
        assertThat(back.allReplied()).isTrue();
        assertThat(back.replies()).containsExactly(reply);
        assertThat(back.sameIdCopies()).containsExactly(DRAFT);
    }

    @Test
    void shouldRejectCorruptBytesWithAClearError() {
        byte[] bytes = DedupeMessageSerde.encode(new Deferral(A, B));
        assertThatThrownBy(() -> DedupeMessageSerde.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> DedupeMessageSerde.decode(new byte[] {9, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown format 9");
        assertThatThrownBy(() -> DedupeMessageSerde.decode(new byte[] {1, 42}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown message type 42");
    }

    @Test
    void shouldSendEachMessageToThePartitionItNamesAndRefuseOneOutOfRange() {
        DestinationPartitioner partitioner = new DestinationPartitioner();
        assertThat(partitioner.partitions("t", 1L, new Deferral(A, B), 3)).contains(java.util.Set.of(0));
        assertThat(partitioner.partitions("t", 1L, new DeferralReply(A, null, null), 3))
                .contains(java.util.Set.of(2));
        assertThatThrownBy(() -> partitioner.partitions("t", 1L, new DeferralReply(A, null, null), 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("topic.partitions");
    }
}
