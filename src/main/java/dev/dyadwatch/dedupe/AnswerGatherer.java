package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the band partitions' answers for an article at its home. With no candidate it starts a story at once
 * (or defers to a precedent that claimed it meanwhile); otherwise it claims its best candidates, those sharing the
 * most bands, to have them verified and learn their story. The others are claimed only if the article would
 * otherwise start a story (see {@link ReplyGatherer}).
 */
final class AnswerGatherer {

    /**
     * Candidates claimed in the first round: a true copy shares many bands, so it ranks among the first, and one
     * accepting claim settles the article as a copy without asking the rest.
     */
    static final int MAX_CLAIMS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(AnswerGatherer.class);

    private final ArticleCodec codec;
    private ProcessorContext<Long, DedupeMessage> context;
    private HomeState home;
    private Decisions decisions;

    AnswerGatherer(ArticleCodec codec) {
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
        if (!(record.value() instanceof Answer answer)) {
            throw new IllegalArgumentException("answer gatherer received " + record.value());
        }
        ArticleRef ref = answer.article();
        PendingArticle pending = home.pending(ref.handle());
        if (pending == null || !pending.addAnswer(answer)) {
            LOG.debug("Answer for article handle {} after its check ended; ignored", Long.toHexString(ref.handle()));
            return;
        }
        pending.progressed(context.currentSystemTimeMs());
        if (!pending.allAnswered()) {
            home.putPending(ref.handle(), pending);
            return;
        }
        ArticleState state = home.state(ref);
        if (state == null) {
            decisions.root(pending, null);
            return;
        }
        List<Candidate> best = pending.best(MAX_CLAIMS);
        if (best.isEmpty()) {
            decisions.apply(pending, state, StoryDecision.decide(List.of(), state.precedent()));
            return;
        }
        ArticleState claiming = state.inPhase(ArticleState.Phase.CLAIMING);
        home.put(ref, claiming);
        pending.claimed(best.size());
        home.putPending(ref.handle(), pending);
        decisions.claim(ref, claiming, best);
    }
}
