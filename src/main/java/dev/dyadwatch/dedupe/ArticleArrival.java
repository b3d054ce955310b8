package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.Rejected;
import dev.dyadwatch.dedupe.DedupeMessage.Transfer;
import dev.dyadwatch.dedupe.similarity.Hashing;
import dev.dyadwatch.pipeline.DeadLetters;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads {@code articles-raw}: dead-letters what cannot be checked (with the record's own topic, partition and
 * offset) and hands every other article to its home, the dedupe partition numbered as the {@code articles-raw}
 * partition it was read from (modulo dedupe's partitions). Ingest keys articles by id, so the same id always
 * reaches the same home.
 *
 * <p>The home task reads both {@code articles-raw} and {@code dedupe-home} partition {@code p}, so an article read
 * on partition {@code p} is checked where it is read ({@link Arrival}), without a copy through a topic; only when
 * {@code articles-raw} has more partitions than dedupe does an article cross {@code dedupe-home} to its home
 * ({@link Transfer}). A task with several inputs would wait up to {@code max.task.idle.ms} whenever one of them runs
 * dry, to interleave them by time; dedupe needs no such order (its rules hold in any order of arrival), and no
 * other task has several inputs, so the pipeline runs with that wait disabled.
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
        Arrival arrival = new Arrival(partition % settings.partitions(), codec.encode(record.value()));
        context.forward(new Record<>(Hashing.handleOf(record.key()),
                arrival.home() == partition ? arrival : new Transfer(arrival), record.timestamp()));
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
