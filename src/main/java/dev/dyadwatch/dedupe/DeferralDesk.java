package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Deferral;
import dev.dyadwatch.dedupe.DedupeMessage.DeferralReply;
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
 * Answers deferrals at the precedent's home: the precedent's story once it is decided. A precedent always takes
 * precedence over the article deferring to it, so waiting here cannot close a cycle; waiting deferrals sit in
 * {@link DedupeStores#PARKED_DEFERRALS} and are looked at again every {@link ClaimDesk#RECHECK_INTERVAL}.
 */
final class DeferralDesk implements Processor<Long, DedupeMessage, Long, DedupeMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(DeferralDesk.class);

    private ProcessorContext<Long, DedupeMessage> context;
    private HomeState home;
    private KeyValueStore<Bytes, Parked> parked;

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        this.context = context;
        this.home = new HomeState(context, false);
        this.parked = context.getStateStore(DedupeStores.PARKED_DEFERRALS);
        context.schedule(ClaimDesk.RECHECK_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::recheck);
    }

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof Deferral deferral)) {
            throw new IllegalArgumentException("deferral desk received " + record.value());
        }
        if (!answer(deferral)) {
            LOG.debug("Deferral of article handle {} waits for {}", Long.toHexString(deferral.deferrer().handle()),
                    Long.toHexString(deferral.precedent().handle()));
            parked.put(key(deferral), new Parked(deferral, context.currentSystemTimeMs()));
        }
    }

    /** Replies when the precedent is decided or gone; false when it must wait. */
    private boolean answer(Deferral deferral) {
        ArticleState precedent = home.state(deferral.precedent());
        if (precedent == null) {
            send(new DeferralReply(deferral.deferrer(), null, null));
            return true;
        }
        if (!precedent.isDecided()) {
            return false;
        }
        send(new DeferralReply(deferral.deferrer(), precedent.articleId(), precedent.storyOf(deferral.precedent())));
        return true;
    }

    private void recheck(long now) {
        List<KeyValue<Bytes, Parked>> waiting = new ArrayList<>();
        try (KeyValueIterator<Bytes, Parked> all = parked.all()) {
            all.forEachRemaining(waiting::add);
        }
        for (KeyValue<Bytes, Parked> entry : waiting) {
            Deferral deferral = (Deferral) entry.value.message();
            if (answer(deferral)) {
                parked.delete(entry.key);
            } else if (now - entry.value.since() > ArticleIntake.STALL_TIMEOUT.toMillis()) {
                LOG.warn("Deferral to article handle {} waited {} without a decision; answered as unknown",
                        Long.toHexString(deferral.precedent().handle()), ArticleIntake.STALL_TIMEOUT);
                parked.delete(entry.key);
                send(new DeferralReply(deferral.deferrer(), null, null));
            }
        }
    }

    private void send(DeferralReply reply) {
        context.forward(new Record<>(reply.deferrer().handle(), reply, reply.deferrer().time()));
    }

    private static Bytes key(Deferral deferral) {
        return Bytes.wrap(Parked.key(deferral.precedent().handle(), deferral.deferrer().handle()));
    }
}
