package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.pipeline.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Runs the {@link DyadEngine} of a task over its state stores: routes each input to it and forwards what it
 * returns, alerts and counts keyed by dyad and stamped with their event time, rejects as dead letters. A
 * wall-clock punctuation rechecks dyads whose volume changed late.
 */
final class DyadProcessor implements Processor<String, DyadInput, String, DyadProcessor.Output> {

    /** What leaves the processor: exactly one field is set. */
    record Output(DyadOutput.Alert alert, DyadOutput.Count count, DeadLetter deadLetter) {
    }

    private final DyadSettings dyads;
    private final AlertSettings alerts;
    private final int partitions;
    private ProcessorContext<String, Output> context;
    private DyadEngine engine;
    private int partition;

    DyadProcessor(DyadSettings dyads, AlertSettings alerts, int partitions) {
        this.dyads = dyads;
        this.alerts = alerts;
        this.partitions = partitions;
    }

    @Override
    public void init(ProcessorContext<String, Output> context) {
        this.context = context;
        this.engine = new DyadEngine(dyads, alerts, new KafkaDyadStore(context), partitions);
        this.partition = context.taskId().partition();
        context.schedule(dyads.recheckInterval(), PunctuationType.WALL_CLOCK_TIME,
                now -> forward(null, engine.punctuate(now), now));
    }

    @Override
    public void process(Record<String, DyadInput> record) {
        long now = context.currentSystemTimeMs();
        List<DyadOutput> outputs;
        DyadInput input = record.value();
        if (input instanceof DyadInput.Contact contact) {
            outputs = engine.onContact(record.key(), contact.event(), now);
        } else if (input instanceof DyadInput.Article article) {
            outputs = new ArrayList<>(engine.onArticle(article.tick().publishedAt(), article.tick().source(), now));
            for (String dyad : ownedPairs(article.tick().countries())) {
                outputs.addAll(engine.onCoMention(dyad, article.tick().publishedAt(), now));
            }
        } else if (input instanceof DyadInput.Ticks ticks) {
            // Articles that named no pair of this task: exactly as many ticks in a row.
            outputs = new ArrayList<>();
            for (long time : ticks.times()) {
                outputs.addAll(engine.onArticle(time, ticks.source(), now));
            }
        } else {
            outputs = List.of(new DyadOutput.Rejected("record has no value"));
        }
        forward(record, outputs, record.timestamp());
    }

    /** The dyads of the countries an article names whose contact reports come to this task. */
    private List<String> ownedPairs(List<String> countries) {
        List<String> owned = new ArrayList<>();
        for (String dyad : Dyads.pairs(countries)) {
            if (Dyads.partition(dyad, partitions) == partition) {
                owned.add(dyad);
            }
        }
        return owned;
    }

    private void forward(Record<String, DyadInput> input, List<DyadOutput> outputs, long timestamp) {
        for (DyadOutput output : outputs) {
            if (output instanceof DyadOutput.Alert alert) {
                context.forward(new Record<>(alert.dyad(), new Output(alert, null, null),
                        alert.alert().getUpdatedAt().toEpochMilli()));
            } else if (output instanceof DyadOutput.Count count) {
                context.forward(new Record<>(count.dyad(), new Output(null, count, null),
                        count.count().getUpdatedAt().toEpochMilli()));
            } else if (output instanceof DyadOutput.Rejected rejected && input != null) {
                context.forward(new Record<>(input.key(), new Output(null, null, deadLetter(input,
                        rejected.reason())), timestamp));
            }
        }
    }

    private DeadLetter deadLetter(Record<String, DyadInput> record, String reason) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        Object value = record.value() instanceof DyadInput.Contact contact ? contact.event() : record.value();
        return DeadLetters.forRecord("dyads", reason, null, meta == null ? null : meta.topic(),
                meta == null ? null : meta.partition(), meta == null ? null : meta.offset(),
                record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                value == null ? null : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
