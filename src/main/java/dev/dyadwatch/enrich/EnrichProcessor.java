package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.pipeline.DeadLetters;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Codes each unique article with a coder of its own (OpenNLP's ME classes are not thread-safe; the dictionary
 * and models behind it are shared by the JVM), and forwards the outcome: the enriched article, or a dead letter
 * when the record cannot be coded.
 *
 * <p>Metrics, in group {@code stream-enrich-metrics} (tags {@code thread-id}, {@code enrich-id} = task id), each
 * as {@code -total} and {@code -rate}: {@code articles-coded}, {@code articles-not-coded} (another language),
 * {@code articles-truncated} (coded up to the limits), {@code articles-failed} (dead-lettered) and
 * {@code contacts}.
 */
final class EnrichProcessor implements Processor<String, UniqueArticle, String, EnrichOutcome> {

    private final EnrichResources resources;
    private final CodingLimits limits;
    private ProcessorContext<String, EnrichOutcome> context;
    private ArticleCoder coder;
    private Sensor coded;
    private Sensor notCoded;
    private Sensor truncated;
    private Sensor failed;
    private Sensor contacts;

    EnrichProcessor(EnrichResources resources, CodingLimits limits) {
        this.resources = resources;
        this.limits = limits;
    }

    @Override
    public void init(ProcessorContext<String, EnrichOutcome> processorContext) {
        this.context = processorContext;
        this.coder = resources.newCoder(limits);
        StreamsMetrics metrics = processorContext.metrics();
        String task = processorContext.taskId().toString();
        coded = sensor(metrics, task, "articles-coded");
        notCoded = sensor(metrics, task, "articles-not-coded");
        truncated = sensor(metrics, task, "articles-truncated");
        failed = sensor(metrics, task, "articles-failed");
        contacts = sensor(metrics, task, "contacts");
    }

    private static Sensor sensor(StreamsMetrics metrics, String task, String operation) {
        return metrics.addRateTotalSensor("enrich", task, operation, Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(Record<String, UniqueArticle> record) {
        UniqueArticle unique = record.value();
        if (unique == null || unique.getArticle() == null) {
            deadLetter(record, "record has no article (null value)", null);
            return;
        }
        ArticleCoding coding;
        try {
            coding = coder.code(unique.getArticle());
        } catch (RuntimeException e) {
            deadLetter(record, "cannot code article " + unique.getArticle().getId() + ": " + e, e);
            return;
        }
        if (coding.coded()) {
            coded.record();
        } else {
            notCoded.record();
        }
        if (coding.notes().stream().anyMatch(n -> n.startsWith("truncated"))) {
            truncated.record();
        }
        contacts.record(coding.contacts().size());
        context.forward(record.withValue(EnrichOutcome.coded(EnrichedRecords.enriched(coding, unique.getStoryId(),
                coder.version(), Instant.ofEpochMilli(context.currentSystemTimeMs())))));
    }

    private void deadLetter(Record<String, UniqueArticle> record, String description, Throwable cause) {
        failed.record();
        Optional<RecordMetadata> meta = context.recordMetadata();
        context.forward(record.withValue(EnrichOutcome.failed(DeadLetters.forRecord("enrich", description, cause,
                meta.map(RecordMetadata::topic).orElse(null), meta.map(RecordMetadata::partition).orElse(null),
                meta.map(RecordMetadata::offset).orElse(null), record.key() == null ? null
                        : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8), null))));
    }
}
