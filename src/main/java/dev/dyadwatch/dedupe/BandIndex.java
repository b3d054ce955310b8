package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Candidate;
import dev.dyadwatch.dedupe.DedupeMessage.Probe;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LSH index at one band partition: for each band key of a probe, lists the articles already in that bucket
 * within the horizon of the probing article, then adds the article to the bucket; answers the article's home with
 * the candidates and how many of the probed bands each shares.
 *
 * <p>Look-up and insertion happen in one step per bucket, so of two similar articles probing the same bucket the
 * second always finds the first. A bucket read is capped at {@link #MAX_BUCKET_READ} entries: only text that many
 * articles share word for word (a boilerplate block that escaped cleaning) fills a bucket that far.
 */
final class BandIndex implements Processor<Long, DedupeMessage, Long, DedupeMessage> {

    /** Most entries read from one bucket per probe. */
    static final int MAX_BUCKET_READ = 256;

    private static final Logger LOG = LoggerFactory.getLogger(BandIndex.class);

    private final Duration horizon;
    private ProcessorContext<Long, DedupeMessage> context;
    private WindowStore<Long, BandEntry> bands;

    BandIndex(Duration horizon) {
        this.horizon = horizon;
    }

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        this.context = context;
        this.bands = context.getStateStore(DedupeStores.BANDS);
    }

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof Probe probe)) {
            throw new IllegalArgumentException("band index received " + record.value());
        }
        ArticleRef article = probe.article();
        long from = Math.max(0, article.time() - horizon.toMillis());
        long to = article.time() + horizon.toMillis();
        Map<Long, Candidate> found = new LinkedHashMap<>();
        BandEntry self = new BandEntry(article.handle(), article.home());
        for (long key : probe.bandKeys()) {
            int read = 0;
            try (WindowStoreIterator<BandEntry> bucket = bands.fetch(key, from, to)) {
                while (bucket.hasNext() && read < MAX_BUCKET_READ) {
                    KeyValue<Long, BandEntry> entry = bucket.next();
                    read++;
                    if (entry.value.handle() != article.handle()) {
                        ArticleRef ref = new ArticleRef(entry.value.handle(), entry.value.home(), entry.key);
                        found.merge(ref.handle(), new Candidate(ref, 1),
                                (known, again) -> new Candidate(known.ref(), known.sharedBands() + 1));
                    }
                }
                if (bucket.hasNext()) {
                    LOG.debug("Band bucket {} holds more than {} articles; read the first ones",
                            Long.toHexString(key), MAX_BUCKET_READ);
                }
            }
            bands.put(key, self, article.time());
        }
        List<Candidate> candidates = found.values().stream()
                .sorted(Comparator.comparingInt(Candidate::sharedBands).reversed())
                .limit(PendingArticle.MAX_CANDIDATES)
                .toList();
        context.forward(record.withValue(new Answer(article, probe.probe(), candidates)));
    }
}
