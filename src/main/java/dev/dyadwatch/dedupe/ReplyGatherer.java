package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the replies to an article's claims at its home and decides it (see {@link StoryDecision}): a copy of the
 * best story that accepted it, a follower of its precedent, or the first article of a new story. Before it starts
 * a story, an article claims every candidate it kept and has not claimed yet, in one more round: of two similar
 * articles of which one found the other, at most one is then published (see {@link ClaimJudge}), however many
 * closer copies ranked ahead of the other among its candidates.
 */
final class ReplyGatherer {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyGatherer.class);

    private final ArticleCodec codec;
    private ProcessorContext<Long, DedupeMessage> context;
    private HomeState home;
    private Decisions decisions;

    ReplyGatherer(ArticleCodec codec) {
        this.codec = codec;
    }

    /** Connects to the task's processor context and its home's state, shared with the other checks. */
    void init(ProcessorContext<Long, DedupeMessage> context, HomeState home) {
        this.context = context;
        this.home = home;
        this.decisions = new Decisions(home, codec, (key, message, time) ->
                context.forward(new Record<>(key, message, time)));
    }

    void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof Reply reply)) {
            throw new IllegalArgumentException("reply gatherer received " + record.value());
        }
        ArticleRef ref = reply.claimant();
        PendingArticle pending = home.pending(ref.handle());
        if (pending == null || !pending.addReply(reply)) {
            LOG.debug("Reply for article handle {} after its check ended; ignored", Long.toHexString(ref.handle()));
            return;
        }
        pending.progressed(context.currentSystemTimeMs());
        if (!pending.allReplied()) {
            home.putPending(ref.handle(), pending);
            return;
        }
        ArticleState state = home.state(ref);
        if (state == null) {
            decisions.root(pending, null);
            return;
        }
        StoryDecision decision = StoryDecision.decide(pending.replies(), state.precedent());
        List<Candidate> unclaimed = pending.unclaimed();
        if (decision.kind() == StoryDecision.Kind.ROOT && !unclaimed.isEmpty()) {
            // Published, it must not leave out a similar article it found: an undecided one would be published too
            // (nothing tells it of this one), a decided one is the story this one joins.
            LOG.debug("Article handle {} claims its {} other candidates before starting a story",
                    Long.toHexString(ref.handle()), unclaimed.size());
            pending.claimedMore(unclaimed.size());
            home.putPending(ref.handle(), pending);
            decisions.claim(ref, state, unclaimed);
            return;
        }
        decisions.apply(pending, state, decision);
    }
}
