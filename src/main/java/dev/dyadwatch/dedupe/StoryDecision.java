package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an article is once every claim it made has been answered: a copy of the best decided story that accepted
 * it; otherwise, if an earlier similar article is waiting on it, a follower of that precedent; otherwise the first
 * article of a new story.
 *
 * @param kind the outcome
 * @param accepted the reply it copies ({@link Kind#COPY})
 * @param precedent the article it defers to ({@link Kind#DEFER})
 */
record StoryDecision(Kind kind, Reply accepted, Precedent precedent) {

    /** The three outcomes. */
    enum Kind {
        /** Starts a story. */
        ROOT,
        /** Copies a decided story. */
        COPY,
        /** Waits for its precedent's story. */
        DEFER
    }

    /** Identical text first, then the highest containment, then Jaccard, then the smallest handle. */
    private static final Comparator<Reply> BEST = Comparator.comparing(Reply::sameText)
            .thenComparingDouble(Reply::containment)
            .thenComparingDouble(Reply::jaccard)
            .thenComparing(Comparator.comparingLong((Reply r) -> r.target().handle()).reversed());

    static StoryDecision decide(List<Reply> replies, Precedent precedent) {
        Optional<Reply> best = replies.stream().filter(r -> r.outcome() == Outcome.ACCEPTED).max(BEST);
        if (best.isPresent()) {
            return new StoryDecision(Kind.COPY, best.get(), null);
        }
        if (precedent != null) {
            return new StoryDecision(Kind.DEFER, null, precedent);
        }
        return new StoryDecision(Kind.ROOT, null, null);
    }
}
