package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.Duplicate;
import dev.dyadwatch.dedupe.DedupeMessage.Unique;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Carries out a decision about an article at its home partition: records it in state, publishes the article or
 * its verdict, and settles copies with the same id that waited for it. Articles are published through the home's
 * {@link ReleaseQueue}, in their order of arrival: each decision releases the decided articles at the head of the
 * queue; verdicts go out at once (their order does not matter).
 */
final class Decisions {

    /** Where decided records go: the processor's downstream. */
    @FunctionalInterface
    interface Emitter {
        void emit(long key, DedupeMessage message, long timestamp);
    }

    private final HomeState home;
    private final ArticleCodec codec;
    private final Emitter emitter;

    Decisions(HomeState home, ArticleCodec codec, Emitter emitter) {
        this.home = home;
        this.codec = codec;
        this.emitter = emitter;
    }

    /** Carries out {@code decision} for the pending article. */
    void apply(PendingArticle pending, ArticleState state, StoryDecision decision) {
        switch (decision.kind()) {
            case COPY -> {
                var reply = decision.accepted();
                copy(pending, state, reply.story(), reply.targetId(), reply.sameText(), reply.jaccard(),
                        reply.containment());
            }
            case DEFER -> {
                home.putPending(pending.ref().handle(), pending);
                defer(pending.ref(), state, decision.precedent());
            }
            default -> root(pending, state);
        }
    }

    /**
     * The article starts a story: publish it; same-id copies that waited are its first copies. {@code state} is null
     * only when it has already expired, and then stays so.
     */
    void root(PendingArticle pending, ArticleState state) {
        ArticleRef ref = pending.ref();
        byte[] bytes = articleBytes(pending);
        List<VerdictDraft> sameId = pending.sameIdCopies();
        if (state != null) {
            home.put(ref, state.asRoot(sameId.size()));
        }
        home.removePending(ref.handle());
        settle(pending.stamp(), ref.handle(), ref.time(), bytes);
        if (!sameId.isEmpty()) {
            String id = codec.decode(bytes).getId();
            for (int i = 0; i < sameId.size(); i++) {
                emitter.emit(ref.handle(), new Duplicate(sameId.get(i).complete(id, i + 1)), ref.time());
            }
        }
    }

    /** The article copies {@code story}: count it there, with the same-id copies that waited for it. */
    void copy(PendingArticle pending, ArticleState state, StoryRef story, String originalId, boolean sameText,
            double jaccard, double containment) {
        ArticleRef ref = pending.ref();
        RawArticle article = codec.decode(articleBytes(pending));
        home.put(ref, state.asCopy(story));
        home.removePending(ref.handle());
        settle(pending.stamp(), ref.handle(), ref.time(), null);
        DuplicateKind kind = sameText ? DuplicateKind.SAME_TEXT : DuplicateKind.NEAR;
        emitter.emit(ref.handle(), new Count(story, VerdictDraft.of(article, originalId, kind, jaccard,
                containment)), ref.time());
        for (VerdictDraft copy : pending.sameIdCopies()) {
            emitter.emit(ref.handle(), new Count(story, copy), ref.time());
        }
    }

    /**
     * Publishes an article decided as soon as it arrived (passed on unchecked): at once when nothing is held,
     * otherwise behind the articles held.
     */
    void publishOnArrival(long stamp, ArticleRef ref, RawArticle article) {
        if (home.queue().isEmpty()) {
            publish(ref.handle(), ref.time(), article);
        } else {
            home.queue().decide(stamp, ref.handle(), ref.time(), codec.encode(article));
        }
    }

    /**
     * The held article that arrived at {@code stamp} (its handle and record time) is decided: {@code article} is
     * what to publish, as {@code articles-raw} carried it, or null when it is not published. When an article that
     * arrived before it is still held, it waits in the queue; otherwise it and the decided articles behind it go
     * out now.
     */
    void settle(long stamp, long handle, long time, byte[] article) {
        ReleaseQueue queue = home.queue();
        KeyValue<Long, ReleaseQueue.Held> head = queue.head();
        if (head != null && head.key < stamp) {
            queue.decide(stamp, handle, time, article);
            return;
        }
        queue.decide(stamp, handle, time, null);
        if (article != null) {
            publish(handle, time, codec.decode(article));
        }
        for (ReleaseQueue.Held held : queue.releaseReady()) {
            publish(held.handle(), held.time(), codec.decode(held.article()));
        }
    }

    private void publish(long handle, long time, RawArticle article) {
        emitter.emit(handle, new Unique(UniqueArticle.newBuilder().setArticle(article)
                .setStoryId(article.getId()).build()), time);
    }

    private byte[] articleBytes(PendingArticle pending) {
        byte[] bytes = home.pendingArticle(pending);
        if (bytes == null) {
            throw new IllegalStateException("the article of handle " + Long.toHexString(pending.ref().handle())
                    + " is missing while its check is under way");
        }
        return bytes;
    }

    /** The article at {@code ref}, in {@code state}, asks {@code candidates} to verify it and name their story. */
    void claim(ArticleRef ref, ArticleState state, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            emitter.emit(candidate.ref().handle(), new Claim(ref, state.stamp(), candidate.ref(), state.fingerprint(),
                    state.sketch()), candidate.ref().time());
        }
    }

    /** The article waits for its precedent's story. */
    void defer(ArticleRef ref, ArticleState state, Precedent precedent) {
        home.put(ref, state.inPhase(ArticleState.Phase.DEFERRING));
        emitter.emit(ref.handle(), new Deferral(ref, precedent.ref()), ref.time());
    }
}
