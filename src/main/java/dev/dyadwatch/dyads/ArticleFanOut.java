package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.EnrichedArticle;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns each enriched article into the dyad stage's inputs, in this order: its contact reports, keyed by dyad,
 * then its tick (publication time, the partition it was read from, the countries it names), keyed by article id.
 * {@link #partitioner()} sends each contact to the partition that owns its dyad and the tick to every partition.
 *
 * <p>The order is what makes the stage's watermark exact: one upstream task writes a partition's records in the
 * order it forwards them, so when a task has read the tick of an article from upstream partition {@code u}, it
 * has read every contact of {@code u}'s articles up to that one.
 */
final class ArticleFanOut implements Processor<String, EnrichedArticle, String, DyadInput> {

    private ProcessorContext<String, DyadInput> context;

    @Override
    public void init(ProcessorContext<String, DyadInput> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        for (ContactEvent contact : article.getContacts()) {
            context.forward(record.withKey(contact.getDyad()).withValue(new DyadInput.Contact(contact)));
        }
        // The task's partition, not the record's: fused behind dedupe, an article may be released by a
        // punctuation (no record) or by a message about another article; either way this task is its upstream.
        int source = context.taskId().partition();
        ArticleTick tick = new ArticleTick(article.getArticle().getPublishedAt().toEpochMilli(), source,
                Dyads.countries(article.getActors()));
        context.forward(record.withValue(new DyadInput.Article(tick)));
    }

    /** A contact to the partition of its dyad, a tick to every partition. */
    static StreamPartitioner<String, DyadInput> partitioner() {
        return (topic, key, value, partitions) -> {
            if (value instanceof DyadInput.Contact) {
                // A contact always has a dyad; were one missing, one partition dead-letters it once.
                return Optional.of(Set.of(key == null ? 0 : Dyads.partition(key, partitions)));
            }
            return Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
        };
    }
}
