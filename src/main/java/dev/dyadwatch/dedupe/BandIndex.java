package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Value;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The LSH index at one band partition: for each band key of a probe, lists the articles already in that bucket
 * within the horizon of the probing article (in dedupe time, and in publication time: a text republished long after
 * is not a copy), then adds the article; answers the article's home with the candidates
 * and how many of the probed bands each shares. Look-up and insertion happen in one step, so of two similar
 * articles probing the same bucket the second always finds the first.
 *
 * <p>The probes are kept in {@link DedupeStores#BANDS} (RocksDB with a changelog, one entry per probe, dropped with
 * their segment past the horizon); the buckets are looked up in {@link BandBuckets}, a compact in-memory index over
 * those entries, rebuilt when the task starts. One write per probe instead of one per band key, and no RocksDB
 * range scan per band key: the band stage was the largest cost per article before.
 *
 * <p>Candidates are verified here before they are answered: the probe carries the article's sketch and each entry
 * keeps its article's, so a candidate that only shares a band by chance (most of them, since 16 bands of 2 rows are
 * chosen to miss no trimmed copy) is dropped here instead of costing its claimant a claim and a reply through
 * {@code dedupe-home}. The candidate's home would judge the pair on the same two sketches with the same verifier, and
 * a dissimilar reply changes nothing there, so no decision changes; only the similar candidates are claimed, which
 * the claim protocol needs (precedence, stories, deferrals).
 */
final class BandIndex implements Processor<Long, DedupeMessage, Long, DedupeMessage> {

    /**
     * Candidates verified per probe, most shared bands first: a bucket of common boilerplate can hold many
     * articles, and each verification reads an entry; a copy shares more bands than chance neighbours.
     */
    static final int MAX_VERIFIED = 64;

    private final Duration horizon;
    private final CopyVerifier verifier;
    private ProcessorContext<Long, DedupeMessage> context;
    private WindowStore<Long, ProbeEntry> probes;
    private BandBuckets buckets;
    private Sensor indexBytes;

    BandIndex(Duration horizon, CopyVerifier verifier) {
        this.horizon = horizon;
        this.verifier = verifier;
    }

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        this.context = context;
        this.probes = context.getStateStore(DedupeStores.BANDS);
        this.buckets = new BandBuckets(horizon.toMillis());
        try (KeyValueIterator<Windowed<Long>, ProbeEntry> all = probes.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<Long>, ProbeEntry> entry = all.next();
                buckets.add(entry.value.bandKeys(), entry.key.key(), entry.value.home(), entry.key.window().start(),
                        entry.value.published());
            }
        }
        indexBytes = context.metrics().addSensor("dedupe-band-index-" + context.taskId(), Sensor.RecordingLevel.INFO);
        indexBytes.add(new MetricName("band-index-bytes", "dedupe-metrics",
                "Heap held by the in-memory LSH buckets of a dedupe band task",
                Map.of("task-id", context.taskId().toString())), new Value());
        indexBytes.record(buckets.bytes());
    }

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof Probe probe)) {
            throw new IllegalArgumentException("band index received " + record.value());
        }
        ArticleRef article = probe.article();
        buckets.forgetBefore(context.currentStreamTimeMs() - horizon.toMillis());
        long from = article.time() - horizon.toMillis();
        long to = article.time() + horizon.toMillis();
        long horizonMillis = horizon.toMillis();
        Map<Long, Candidate> found = new LinkedHashMap<>();
        for (long key : probe.bandKeys()) {
            buckets.find(key, from, to, (handle, home, time, published) -> {
                if (handle != article.handle() && Math.abs(published - probe.published()) <= horizonMillis) {
                    found.merge(handle, new Candidate(new ArticleRef(handle, home, time), 1),
                            (known, again) -> new Candidate(known.ref(), known.sharedBands() + 1));
                }
            });
        }
        buckets.add(probe.bandKeys(), article.handle(), article.home(), article.time(), probe.published());
        probes.put(article.handle(), new ProbeEntry(article.home(), probe.published(), probe.bandKeys(),
                probe.fingerprint(), probe.sketch()), article.time());
        indexBytes.record(buckets.bytes());
        List<Candidate> candidates = found.values().stream()
                .sorted(Comparator.comparingInt(Candidate::sharedBands).reversed()
                        .thenComparingLong(candidate -> candidate.ref().handle()))
                .limit(MAX_VERIFIED)
                .filter(candidate -> mayBeCopy(probe, candidate.ref()))
                .limit(PendingArticle.MAX_CANDIDATES)
                .toList();
        context.forward(record.withValue(new Answer(article, probe.probe(), candidates)));
    }

    /**
     * False only when both sketches are known and the pair is no copy: the verdict the candidate's home would give
     * the claim. Without a sketch (an entry or probe from an older version) the candidate is claimed as before.
     */
    private boolean mayBeCopy(Probe probe, ArticleRef candidate) {
        if (probe.sketch() == null) {
            return true;
        }
        ProbeEntry entry = probes.fetch(candidate.handle(), candidate.time());
        return entry == null || entry.sketch() == null
                || verifier.check(probe.fingerprint(), probe.sketch(), entry.fingerprint(), entry.sketch()).copy();
    }

    @Override
    public void close() {
        if (indexBytes != null) {
            context.metrics().removeSensor(indexBytes);
        }
    }
}
