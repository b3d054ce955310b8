package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Duplicate;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import dev.dyadwatch.dedupe.similarity.ArticleSignature;
import dev.dyadwatch.dedupe.similarity.ArticleSigner;
import dev.dyadwatch.dedupe.similarity.Hashing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes each article at its home partition (sent there by {@link ArticleArrival}): recognises the same id again,
 * signs the text and sends its band keys to their band partitions.
 *
 * <p>Dedupe time is the record's timestamp: when ingest published the article, not when the page says it was
 * written (often missing, in the wrong time zone, or years old for an archive page), so the horizon bounds state by
 * what came in recently, and one misdated page cannot expire the rest. An article older than the horizon behind the
 * partition's stream time (a record replayed from far back) cannot be compared with what has been forgotten, so it
 * is passed on unchecked. A check that makes no progress for {@link #STALL_TIMEOUT} (a band or
 * candidate partition that never answers, which a healthy application never sees) is settled by passing the
 * article on: nothing waits for ever, nothing is dropped.
 */
final class ArticleIntake {

    /** How long a check may go without progress before its article is passed on as it stands. */
    static final Duration STALL_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIntake.class);

    private final DedupeSettings settings;
    private final ArticleCodec codec;
    private ProcessorContext<Long, DedupeMessage> context;
    private HomeState home;
    private Decisions decisions;
    private ArticleSigner signer;
    private long lastStamp;
    private long startedAt;

    ArticleIntake(DedupeSettings settings, ArticleCodec codec) {
        this.settings = settings;
        this.codec = codec;
    }

    /** Connects to the task's processor context and its home's state, shared with the other checks. */
    void init(ProcessorContext<Long, DedupeMessage> context, HomeState home) {
        this.context = context;
        this.home = home;
        this.decisions = new Decisions(home, codec, (key, message, time) ->
                context.forward(new Record<>(key, message, time)));
        this.signer = new ArticleSigner(settings.scheme());
        this.startedAt = context.currentSystemTimeMs();
        // Stamps key the release queue: after a restart (perhaps on a host whose clock is behind) they still
        // follow the articles held.
        this.lastStamp = home.queue().lastStamp();
        context.schedule(Duration.ofSeconds(30), PunctuationType.WALL_CLOCK_TIME, this::settleStalledChecks);
    }

    void process(Record<Long, DedupeMessage> record) {
        Arrival arrival = (Arrival) record.value();
        RawArticle article = codec.decode(arrival.article());
        long time = record.timestamp();
        ArticleRef ref = new ArticleRef(Hashing.handleOf(article.getId()), arrival.home(), time);
        long horizon = settings.horizon().toMillis();
        if (time <= context.currentStreamTimeMs() - horizon) {
            LOG.debug("Article {} is older than the horizon behind event time; passed on unchecked", article.getId());
            passOnUnchecked(ref, article);
            return;
        }
        KeyValue<Long, ArticleState> known = home.find(ref.handle(), time - horizon, time + horizon);
        if (known != null) {
            if (known.value.articleId().equals(article.getId())) {
                sameIdAgain(new ArticleRef(ref.handle(), ref.home(), known.key), known.value, article, time);
            } else {
                LOG.warn("Articles {} and {} share a 64-bit handle; {} is passed on unchecked",
                        known.value.articleId(), article.getId(), article.getId());
                passOnUnchecked(ref, article);
            }
            return;
        }
        ArticleSignature signature = signer.sign(article.getText(), article.getContentHash());
        List<Probe> probes = probes(ref, article.getPublishedAt().toEpochMilli(), signature);
        home.put(ref, ArticleState.probing(article.getId(), article.getPublishedAt().toEpochMilli(),
                signature.fingerprint(), signature.sketch()));
        long stamp = nextStamp();
        home.putPending(ref.handle(), new PendingArticle(ref, stamp, context.currentSystemTimeMs(), probes.size()));
        home.queue().hold(stamp, ref.handle(), time, arrival.article());
        probes.forEach(probe -> context.forward(new Record<>(ref.handle(), probe, time)));
    }

    /** One probe per band partition, carrying the band keys that live there. */
    private List<Probe> probes(ArticleRef ref, long published, ArticleSignature signature) {
        // A text without words has no bands; its fingerprint stands in, so identical texts still meet.
        long[] keys = signature.bandKeys().length > 0 ? signature.bandKeys()
                : new long[] {Hashing.mix(signature.fingerprint())};
        Map<Integer, List<Long>> byPartition = new TreeMap<>();
        for (long key : keys) {
            int partition = (int) Long.remainderUnsigned(key, settings.partitions());
            byPartition.computeIfAbsent(partition, p -> new ArrayList<>()).add(key);
        }
        List<Probe> probes = new ArrayList<>(byPartition.size());
        byPartition.forEach((partition, partitionKeys) -> probes.add(new Probe(ref, published, probes.size(),
                byPartition.size(), partition, partitionKeys.stream().mapToLong(Long::longValue).toArray(),
                signature.fingerprint(), signature.sketch())));
        return probes;
    }

    /** The same article id again: a copy of the first, counted against its story once that is known. */
    private void sameIdAgain(ArticleRef first, ArticleState state, RawArticle copy, long time) {
        VerdictDraft draft = VerdictDraft.of(copy, state.articleId(), DuplicateKind.SAME_ID, 1.0, null);
        long key = first.handle();
        switch (state.phase()) {
            case ROOT -> {
                ArticleState counted = state.withCopy();
                home.put(first, counted);
                context.forward(new Record<>(key, new Duplicate(draft.complete(state.articleId(),
                        counted.copies())), time));
            }
            case COPY -> context.forward(new Record<>(key, new Count(state.story(), draft), time));
            default -> {
                PendingArticle pending = home.pending(key);
                if (pending == null) {
                    LOG.warn("Article {} is undecided but has no check under way; the copy is passed on",
                            state.articleId());
                    passOnUnchecked(first, copy);
                    return;
                }
                pending.addSameIdCopy(draft);
                home.putPending(key, pending);
            }
        }
    }

    private void passOnUnchecked(ArticleRef ref, RawArticle article) {
        decisions.publishOnArrival(nextStamp(), ref, article);
    }

    /**
     * Settles checks that have made no progress for the stall timeout, unless this task itself just started; first
     * lets go of a held article whose check was lost.
     */
    private void settleStalledChecks(long now) {
        releaseLostHead();
        if (now - startedAt < STALL_TIMEOUT.toMillis()) {
            return;
        }
        List<PendingArticle> stalled = new ArrayList<>();
        try (KeyValueIterator<Long, PendingArticle> all = home.pendingStore().all()) {
            all.forEachRemaining(entry -> {
                if (now - entry.value.since() > STALL_TIMEOUT.toMillis()) {
                    stalled.add(entry.value);
                }
            });
        }
        for (PendingArticle pending : stalled) {
            ArticleState state = home.state(pending.ref());
            LOG.warn("Dedupe check of article handle {} made no progress for {}; passing it on as first seen",
                    Long.toHexString(pending.ref().handle()), STALL_TIMEOUT);
            decisions.root(pending, state);
        }
    }

    /**
     * Every held article has a check under way until it is decided, and every decision releases it; should a held
     * article ever have none (its check lost), it would hold back its home's output for ever, so it is passed on
     * as first seen, like a check that stalled (a restarted task reads such an entry as decided in the same way).
     */
    private void releaseLostHead() {
        ReleaseQueue queue = home.queue();
        for (var head = queue.head(); head != null && head.value.waiting(); head = queue.head()) {
            PendingArticle pending = home.pending(head.value.handle());
            if (pending != null && pending.stamp() == head.key) {
                return;
            }
            LOG.warn("Article handle {} is held for publication without a check under way; passed on as first seen",
                    Long.toHexString(head.value.handle()));
            decisions.settle(head.key, head.value.handle(), head.value.time(), head.value.article());
        }
    }

    private long nextStamp() {
        lastStamp = Math.max(context.currentSystemTimeMs() * 1000, lastStamp + 1);
        return lastStamp;
    }
}
