package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import dev.dyadwatch.dedupe.similarity.CopyCheck;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import dev.dyadwatch.dedupe.similarity.Similarity;

/**
 * How a candidate answers a claim, at the candidate's home partition. The rules that keep every story published
 * exactly once, whatever the order in which copies reach their partitions:
 * <ol>
 * <li>Not similar enough: {@link Outcome#DISSIMILAR}. Gone (beyond the horizon): {@link Outcome#UNKNOWN}.</li>
 * <li>Similar and decided: {@link Outcome#ACCEPTED}, with the candidate's story. A later claimant joins it, even an
 * article published earlier (a late original).</li>
 * <li>Similar, undecided, and the candidate takes precedence (published first; ties by handle, see
 * {@link ArticleRef#precedes}): the claim waits (is parked) until the candidate is decided. Waits only ever point
 * at articles that precede the waiter in one total order, so they cannot form a cycle.</li>
 * <li>Similar, undecided, and the claimant takes precedence: the candidate {@link Outcome#YIELDED yields} and records
 * the claimant as its precedent; the claimant decides without waiting, and the candidate, if it finds no decided
 * story of its own, defers to the claimant and joins its story.</li>
 * </ol>
 * So for any two similar articles checked at the same time of which at least one found the other, the one published
 * later ends up a copy, whichever partition was faster; an article decided before the other arrived keeps its
 * place as the story's representative. That needs the finder to have claimed the other: an article claims its best
 * candidates first, and every other candidate it kept before it starts a story (see {@link ReplyGatherer}).
 */
final class ClaimJudge {

    private ClaimJudge() {
    }

    /**
     * The judgement: a reply to send now (or null to park the claim), and the candidate's new state when it yields
     * (else null).
     */
    record Judgement(Reply reply, ArticleState yieldedState) {
        boolean parked() {
            return reply == null;
        }
    }

    /** Judges {@code claim} against the candidate's current {@code target} state (null when gone). */
    static Judgement judge(Claim claim, ArticleState target, CopyVerifier verifier) {
        if (target == null) {
            return new Judgement(reply(claim, Outcome.UNKNOWN, Similarity.NONE, false, null, null), null);
        }
        CopyCheck check = verifier.check(claim.fingerprint(), claim.sketch(), target.fingerprint(), target.sketch());
        if (!check.copy()) {
            return new Judgement(reply(claim, Outcome.DISSIMILAR, check.similarity(), false, target.articleId(),
                    null), null);
        }
        if (target.isDecided()) {
            return new Judgement(reply(claim, Outcome.ACCEPTED, check.similarity(), check.sameText(),
                    target.articleId(), target.storyOf(claim.target())), null);
        }
        if (target.precedes(claim.target().handle(), claim.claimantStamp(), claim.claimant().handle())) {
            return new Judgement(null, null);
        }
        Precedent precedent = new Precedent(claim.claimant(), claim.claimantStamp(), check.similarity().jaccard(),
                check.similarity().containment(), check.sameText());
        return new Judgement(reply(claim, Outcome.YIELDED, check.similarity(), check.sameText(), target.articleId(),
                null), target.withPrecedent(precedent));
    }

    private static Reply reply(Claim claim, Outcome outcome, Similarity similarity, boolean sameText,
            String targetId, StoryRef story) {
        return new Reply(claim.claimant(), claim.target(), outcome, similarity.jaccard(), similarity.containment(),
                sameText, targetId, story);
    }
}
