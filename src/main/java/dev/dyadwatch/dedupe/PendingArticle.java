package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The progress of an article's check, kept at its home partition until the article is decided: the band answers and
 * claim replies gathered so far, and copies with the same id that arrived meanwhile. The article itself waits in
 * the {@link ReleaseQueue}, written once, while this small record changes with every answer. Lives for
 * the time of a check (well under a second), then is deleted.
 */
final class PendingArticle {

    /** At most this many candidates are kept, the ones sharing the most bands. */
    static final int MAX_CANDIDATES = 16;

    private final ArticleRef ref;
    private final long stamp;
    private long since;
    private final int probes;
    private long answered;
    private final Map<Long, Candidate> candidates;
    private int claims;
    private final List<Reply> replies;
    private final List<VerdictDraft> sameIdCopies;

    /** The check of the article at {@code ref}, which arrived at {@code stamp}, starting at {@code since}. */
    PendingArticle(ArticleRef ref, long stamp, long since, int probes) {
        this(ref, stamp, since, probes, 0L, new LinkedHashMap<>(), 0, new ArrayList<>(), new ArrayList<>());
    }

    private PendingArticle(ArticleRef ref, long stamp, long since, int probes, long answered,
            Map<Long, Candidate> candidates, int claims, List<Reply> replies, List<VerdictDraft> sameIdCopies) {
        if (probes > 64) {
            throw new IllegalArgumentException("at most 64 probes per article, got " + probes);
        }
        this.ref = ref;
        this.stamp = stamp;
        this.since = since;
        this.probes = probes;
        this.answered = answered;
        this.candidates = candidates;
        this.claims = claims;
        this.replies = replies;
        this.sameIdCopies = sameIdCopies;
    }

    /** Where the article's state lives. */
    ArticleRef ref() {
        return ref;
    }

    /** The arrival stamp: where the article waits in its home's {@link ReleaseQueue}. */
    long stamp() {
        return stamp;
    }

    /** Wall-clock time of the last progress, for the stall sweep. */
    long since() {
        return since;
    }

    void progressed(long now) {
        since = now;
    }

    /** Adds a band partition's answer; false if that probe had already answered (a redelivery). */
    boolean addAnswer(Answer answer) {
        long bit = 1L << answer.probe();
        if (answer.probe() >= probes || (answered & bit) != 0) {
            return false;
        }
        answered |= bit;
        for (Candidate found : answer.candidates()) {
            candidates.merge(found.ref().handle(), found,
                    (known, again) -> new Candidate(known.ref(), known.sharedBands() + again.sharedBands()));
        }
        if (candidates.size() > MAX_CANDIDATES * 2) {
            List<Candidate> kept = best(MAX_CANDIDATES);
            candidates.clear();
            kept.forEach(c -> candidates.put(c.ref().handle(), c));
        }
        return true;
    }

    boolean allAnswered() {
        return Long.bitCount(answered) == probes;
    }

    /** The {@code max} candidates sharing the most bands (ties by handle, so the choice is reproducible). */
    List<Candidate> best(int max) {
        return candidates.values().stream()
                .sorted(Comparator.comparingInt(Candidate::sharedBands).reversed()
                        .thenComparingLong(c -> c.ref().handle()))
                .limit(max)
                .toList();
    }

    void claimed(int count) {
        claims = count;
        replies.clear();
    }

    /** A further round claims {@code more} candidates; the replies of the rounds before are kept. */
    void claimedMore(int more) {
        claims += more;
    }

    /**
     * The candidates kept but not claimed yet, most shared bands first: the claims so far went to the first of
     * {@link #best} (same order, the candidates do not change once every probe has answered).
     */
    List<Candidate> unclaimed() {
        List<Candidate> kept = best(MAX_CANDIDATES);
        return kept.subList(Math.min(claims, kept.size()), kept.size());
    }

    /** Adds a claim reply; false if that target had already replied (a redelivery). */
    boolean addReply(Reply reply) {
        for (Reply known : replies) {
            if (known.target().handle() == reply.target().handle()) {
                return false;
            }
        }
        replies.add(reply);
        return true;
    }

    boolean allReplied() {
        return replies.size() >= claims;
    }

    List<Reply> replies() {
        return List.copyOf(replies);
    }

    void addSameIdCopy(VerdictDraft copy) {
        sameIdCopies.add(copy);
    }

    List<VerdictDraft> sameIdCopies() {
        return List.copyOf(sameIdCopies);
    }

    /** The binary serde of the in-flight store. */
    static Serde<PendingArticle> serde() {
        Serializer<PendingArticle> serializer = (topic, pending) -> pending == null ? null : pending.encode();
        Deserializer<PendingArticle> deserializer = (topic, bytes) -> bytes == null ? null : decode(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private byte[] encode() {
        ByteWriter out = new ByteWriter(128);
        ref.writeTo(out);
        out.writeLong(stamp).writeLong(since).writeVarint(probes).writeLong(answered)
                .writeVarint(candidates.size());
        for (Candidate c : candidates.values()) {
            c.ref().writeTo(out);
            out.writeVarint(c.sharedBands());
        }
        out.writeVarint(claims).writeVarint(replies.size());
        for (Reply reply : replies) {
            out.writeBytes(DedupeMessageSerde.encode(reply));
        }
        out.writeVarint(sameIdCopies.size());
        sameIdCopies.forEach(copy -> copy.writeTo(out));
        return out.toByteArray();
    }

    private static PendingArticle decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, "dedupe pending article");
        ArticleRef ref = ArticleRef.readFrom(in);
        long stamp = in.readLong();
        long since = in.readLong();
        int probes = in.readVarint();
        long answered = in.readLong();
        int candidateCount = in.readVarint();
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < candidateCount; i++) {
            Candidate c = new Candidate(ArticleRef.readFrom(in), in.readVarint());
            candidates.put(c.ref().handle(), c);
        }
        int claims = in.readVarint();
        int replyCount = in.readVarint();
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < replyCount; i++) {
            if (!(DedupeMessageSerde.decode(in.readBytes()) instanceof Reply reply)) {
                throw in.corrupt("a stored claim reply is not a reply");
            }
            replies.add(reply);
        }
        int copyCount = in.readVarint();
        List<VerdictDraft> copies = new ArrayList<>();
        for (int i = 0; i < copyCount; i++) {
            copies.add(VerdictDraft.readFrom(in));
        }
        in.end();
        return new PendingArticle(ref, stamp, since, probes, answered, candidates, claims, replies, copies);
    }
}
