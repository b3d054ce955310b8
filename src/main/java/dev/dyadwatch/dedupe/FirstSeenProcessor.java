package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.pipeline.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Remembers the first article seen under each key (its id, or its normalised-text hash) for the horizon and
 * marks every later article with the same key as a copy of it.
 *
 * <p>The store is a window store keyed by the dedupe key with the article's event time as window start; its
 * retention is the horizon, so expired entries are dropped a segment at a time. A copy is found whatever its
 * order relative to the original, as long as both lie within the horizon of each other: the lookup spans
 * the horizon on both sides of the copy's time. The first one processed is the original.
 */
final class FirstSeenProcessor implements Processor<String, RawArticle, String, DedupeOutcome> {

    private final String storeName;
    private final Duration horizon;
    private final DuplicateKind kind;
    private final Function<RawArticle, String> dedupeKey;
    private ProcessorContext<String, DedupeOutcome> context;
    private WindowStore<String, FirstSeen> store;

    FirstSeenProcessor(String storeName, Duration horizon, DuplicateKind kind,
            Function<RawArticle, String> dedupeKey) {
        this.storeName = storeName;
        this.horizon = horizon;
        this.kind = kind;
        this.dedupeKey = dedupeKey;
    }

    @Override
    public void init(ProcessorContext<String, DedupeOutcome> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        RawArticle article = record.value();
        String problem = problemWith(record);
        if (problem != null) {
            context.forward(record.withValue(DedupeOutcome.rejected(invalid(record, problem))));
            return;
        }
        String key = dedupeKey.apply(article);
        long time = record.timestamp();
        Long firstTime = null;
        FirstSeen first = null;
        try (WindowStoreIterator<FirstSeen> seen =
                store.fetch(key, time - horizon.toMillis(), time + horizon.toMillis())) {
            if (seen.hasNext()) {
                KeyValue<Long, FirstSeen> entry = seen.next();
                firstTime = entry.key;
                first = entry.value;
            }
        }
        if (first == null) {
            store.put(key, new FirstSeen(article.getId(), 0), time);
            context.forward(record.withKey(article.getId()).withValue(DedupeOutcome.passOn(article)));
            return;
        }
        FirstSeen counted = first.withCopy();
        store.put(key, counted, firstTime);
        context.forward(record.withKey(article.getId()).withValue(DedupeOutcome.copy(verdict(article, counted))));
    }

    /** Why the record cannot be checked, or null when it can. */
    private String problemWith(Record<String, RawArticle> record) {
        RawArticle article = record.value();
        if (article == null) {
            return "article record has no value";
        }
        if (article.getId() == null || article.getId().isBlank()) {
            return "article has no id";
        }
        if (kind == DuplicateKind.SAME_ID && !article.getId().equals(record.key())) {
            return "record key '" + record.key() + "' is not the article id '" + article.getId()
                    + "'; articles-raw must be keyed by article id";
        }
        String key = dedupeKey.apply(article);
        if (key == null || key.isBlank()) {
            return "article " + article.getId() + " has no " + describeKey();
        }
        return null;
    }

    private DuplicateVerdict verdict(RawArticle copy, FirstSeen first) {
        return DuplicateVerdict.newBuilder()
                .setArticleId(copy.getId())
                .setOriginalId(first.articleId())
                .setStoryId(first.articleId())
                .setKind(kind)
                .setSimilarity(1.0)
                .setTitle(copy.getTitle())
                .setSource(copy.getSource())
                .setUrl(copy.getCanonicalUrl())
                .setPublishedAt(copy.getPublishedAt())
                .setCopyNumber(first.copies())
                .build();
    }

    private String describeKey() {
        return kind == DuplicateKind.SAME_ID ? "id" : "content hash";
    }

    private DeadLetter invalid(Record<String, RawArticle> record, String why) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        return DeadLetters.forRecord("dedupe", why, null, meta == null ? null : meta.topic(),
                meta == null ? null : meta.partition(), meta == null ? null : meta.offset(),
                record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                record.value() == null ? null : String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8));
    }
}
