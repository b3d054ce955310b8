package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.Duplicate;
import dev.dyadwatch.dedupe.DedupeMessage.Unique;
import java.util.List;

/**
 * Carries out a decision about an article at its home partition: records it in state, publishes the article or
 * its verdict, and settles copies with the same id that waited for it.
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
        RawArticle article = article(ref);
        List<VerdictDraft> sameId = pending.sameIdCopies();
        if (state != null) {
            home.put(ref, state.asRoot(sameId.size()));
        }
        home.removePending(ref.handle());
        emitter.emit(ref.handle(), new Unique(UniqueArticle.newBuilder().setArticle(article)
                .setStoryId(article.getId()).build()), ref.time());
        for (int i = 0; i < sameId.size(); i++) {
            emitter.emit(ref.handle(), new Duplicate(sameId.get(i).complete(article.getId(), i + 1)), ref.time());
        }
    }

    /** The article copies {@code story}: count it there, with the same-id copies that waited for it. */
    void copy(PendingArticle pending, ArticleState state, StoryRef story, String originalId, boolean sameText,
            double jaccard, double containment) {
        ArticleRef ref = pending.ref();
        RawArticle article = article(ref);
        home.put(ref, state.asCopy(story));
        home.removePending(ref.handle());
        DuplicateKind kind = sameText ? DuplicateKind.SAME_TEXT : DuplicateKind.NEAR;
        emitter.emit(ref.handle(), new Count(story, VerdictDraft.of(article, originalId, kind, jaccard,
                containment)), ref.time());
        for (VerdictDraft copy : pending.sameIdCopies()) {
            emitter.emit(ref.handle(), new Count(story, copy), ref.time());
        }
    }

    private RawArticle article(ArticleRef ref) {
        byte[] bytes = home.pendingArticle(ref.handle());
        if (bytes == null) {
            throw new IllegalStateException("the article of handle " + Long.toHexString(ref.handle())
                    + " is missing while its check is under way");
        }
        return codec.decode(bytes);
    }

    /** The article waits for its precedent's story. */
    void defer(ArticleRef ref, ArticleState state, Precedent precedent) {
        home.put(ref, state.inPhase(ArticleState.Phase.DEFERRING));
        emitter.emit(ref.handle(), new Deferral(ref, precedent.ref()), ref.time());
    }
}
