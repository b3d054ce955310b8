package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers claims at the candidate's home, by the rules of {@link ClaimJudge}. A claim on an undecided candidate
 * that takes precedence waits in {@link DedupeStores#PARKED_CLAIMS} and is looked at again every
 * {@link #RECHECK_INTERVAL} of wall-clock time until the candidate is decided.
 */
final class ClaimDesk implements Processor<Long, DedupeMessage, Long, DedupeMessage> {

    /** How often waiting claims are looked at again. */
    static final Duration RECHECK_INTERVAL = Duration.ofMillis(20);

    private static final Logger LOG = LoggerFactory.getLogger(ClaimDesk.class);

    private final CopyVerifier verifier;
    private ProcessorContext<Long, DedupeMessage> context;
    private HomeState home;
    private KeyValueStore<Bytes, Parked> parked;

    ClaimDesk(CopyVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        this.context = context;
        this.home = new HomeState(context, false);
        this.parked = context.getStateStore(DedupeStores.PARKED_CLAIMS);
        context.schedule(RECHECK_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::recheck);
    }

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof Claim claim)) {
            throw new IllegalArgumentException("claim desk received " + record.value());
        }
        ClaimJudge.Judgement judgement = ClaimJudge.judge(claim, home.state(claim.target()), verifier);
        if (judgement.yieldedState() != null) {
            LOG.debug("Article handle {} yields to {}, which takes precedence",
                    Long.toHexString(claim.target().handle()), Long.toHexString(claim.claimant().handle()));
            home.put(claim.target(), judgement.yieldedState());
        }
        if (judgement.parked()) {
            LOG.debug("Claim of article handle {} waits for {}, which takes precedence",
                    Long.toHexString(claim.claimant().handle()), Long.toHexString(claim.target().handle()));
            parked.put(key(claim), new Parked(claim, context.currentSystemTimeMs()));
        } else {
            send(judgement.reply());
        }
    }

    private void recheck(long now) {
        List<KeyValue<Bytes, Parked>> waiting = new ArrayList<>();
        try (KeyValueIterator<Bytes, Parked> all = parked.all()) {
            all.forEachRemaining(waiting::add);
        }
        for (KeyValue<Bytes, Parked> entry : waiting) {
            Claim claim = (Claim) entry.value.message();
            ClaimJudge.Judgement judgement = ClaimJudge.judge(claim, home.state(claim.target()), verifier);
            if (!judgement.parked()) {
                parked.delete(entry.key);
                send(judgement.reply());
            } else if (now - entry.value.since() > ArticleIntake.STALL_TIMEOUT.toMillis()) {
                LOG.warn("Claim on article handle {} waited {} without a decision; answered as unknown",
                        Long.toHexString(claim.target().handle()), ArticleIntake.STALL_TIMEOUT);
                parked.delete(entry.key);
                send(new Reply(claim.claimant(), claim.target(), Outcome.UNKNOWN, 0, 0, false, null, null));
            }
        }
    }

    private void send(Reply reply) {
        context.forward(new Record<>(reply.claimant().handle(), reply, reply.claimant().time()));
    }

    private static Bytes key(Claim claim) {
        return Bytes.wrap(Parked.key(claim.target().handle(), claim.claimant().handle()));
    }
}
