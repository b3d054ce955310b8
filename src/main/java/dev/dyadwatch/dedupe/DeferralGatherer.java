package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.DeferralReply;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides a deferring article at its home once its precedent is decided: it joins the precedent's story, or, if
 * the precedent is gone, starts its own.
 */
final class DeferralGatherer {

    private static final Logger LOG = LoggerFactory.getLogger(DeferralGatherer.class);

    private final ArticleCodec codec;
    private HomeState home;
    private Decisions decisions;

    DeferralGatherer(ArticleCodec codec) {
        this.codec = codec;
    }

    /** Connects to the task's processor context and its home's state, shared with the other checks. */
    void init(ProcessorContext<Long, DedupeMessage> context, HomeState home) {
        this.home = home;
        this.decisions = new Decisions(home, codec, (key, message, time) ->
                context.forward(new Record<>(key, message, time)));
    }

    void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof DeferralReply reply)) {
            throw new IllegalArgumentException("deferral gatherer received " + record.value());
        }
        ArticleRef ref = reply.deferrer();
        PendingArticle pending = home.pending(ref.handle());
        ArticleState state = home.state(ref);
        if (pending == null || state != null && state.phase() != ArticleState.Phase.DEFERRING) {
            LOG.debug("Deferral reply for article handle {} after its check ended; ignored",
                    Long.toHexString(ref.handle()));
            return;
        }
        Precedent precedent = state == null ? null : state.precedent();
        if (reply.story() == null || precedent == null) {
            decisions.root(pending, state);
            return;
        }
        decisions.copy(pending, state, reply.story(), reply.precedentId(), precedent.sameText(),
                precedent.sameText() ? 1.0 : precedent.jaccard(), precedent.sameText() ? 1.0
                        : precedent.containment());
    }
}
