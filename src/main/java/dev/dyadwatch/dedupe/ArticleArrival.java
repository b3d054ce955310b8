package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.Rejected;
import dev.dyadwatch.dedupe.similarity.Hashing;
import dev.dyadwatch.pipeline.DeadLetters;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads {@code articles-raw}: dead-letters what cannot be checked (with the record's own topic, partition and
 * offset) and sends every other article to its home, the partition of {@code dedupe-home} numbered as the
 * {@code articles-raw} partition it was read from (modulo dedupe's partitions). Ingest keys articles by id, so the
 * same id always reaches the same home.
 *
 * <p>Why articles pass through {@code dedupe-home} instead of being checked where they are read: every message
 * about an article's check then reaches its home through that one topic, so the home task has a single input
 * partition. A task with several inputs waits up to {@code max.task.idle.ms} whenever one of them runs dry (the
 * dyad stage needs that wait to interleave its inputs by time), which slowed dedupe several times over.
 */
final class ArticleArrival implements Processor<String, RawArticle, Long, DedupeMessage> {

    private final DedupeSettings settings;
    private final ArticleCodec codec;
    private ProcessorContext<Long, DedupeMessage> context;

    ArticleArrival(DedupeSettings settings, ArticleCodec codec) {
        this.settings = settings;
        this.codec = codec;
    }

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String problem = problemWith(record);
        if (problem != null) {
            context.forward(new Record<>(0L, new Rejected(record.key(), deadLetter(record, problem)),
                    record.timestamp()));
            return;
        }
        int partition = context.recordMetadata().map(RecordMetadata::partition)
                .orElseThrow(() -> new IllegalStateException("an article record without source partition"));
        context.forward(new Record<>(Hashing.handleOf(record.key()),
                new Arrival(partition % settings.partitions(), codec.encode(record.value())), record.timestamp()));
    }

    /** Why the record cannot be checked, or null when it can. */
    static String problemWith(Record<String, RawArticle> record) {
        RawArticle article = record.value();
        if (article == null) {
            return "article record has no value";
        }
        if (article.getId() == null || article.getId().isBlank()) {
            return "article has no id";
        }
        if (!article.getId().equals(record.key())) {
            return "record key '" + record.key() + "' is not the article id '" + article.getId()
                    + "'; articles-raw must be keyed by article id";
        }
        if (article.getContentHash() == null || article.getContentHash().isBlank()) {
            return "article " + article.getId() + " has no content hash";
        }
        if (article.getText() == null || article.getPublishedAt() == null || article.getFetchedAt() == null) {
            return "article " + article.getId() + " lacks its text, publication time or fetch time";
        }
        return null;
    }

    private DeadLetter deadLetter(Record<String, RawArticle> record, String why) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        return DeadLetters.forRecord("dedupe", why, null, meta == null ? null : meta.topic(),
                meta == null ? null : meta.partition(), meta == null ? null : meta.offset(),
                record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                record.value() == null ? null : String.valueOf(record.value()).getBytes(StandardCharsets.UTF_8));
    }
}
