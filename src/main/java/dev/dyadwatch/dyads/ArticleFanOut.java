package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.EnrichedArticle;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each enriched article into the dyad stage's inputs: its contact reports, keyed by dyad, to the partitions
 * that own their dyads, and its tick (publication time, the partition it was read from, the countries it names)
 * to every partition. A partition that receives a contact of the article or owns a pair it names gets the tick
 * at once, after the contacts; to any other partition the tick says only that an article was published, so its
 * time joins a batch for that partition ({@link DyadInput.Ticks}), written before the next record the partition
 * gets, when it is full ({@code dyads.ticks.batch.max}), or at the next flush (every {@code dyads.ticks.flush.ms}
 * of wall-clock time).
 *
 * <p>The order is what makes the stage's watermark exact: one upstream task writes a partition's records in the
 * order it forwards them, so when a task has read the tick of an article from upstream partition {@code u}, it
 * has read every contact of {@code u}'s articles up to that one. A batch keeps that order: each partition reads
 * the sequence of contacts and ticks it read when every tick was its own record, only grouped, and the dyad task
 * processes a batch tick by tick. Pending batches are kept in {@link #STORE} (with its changelog), so that a
 * crash after a commit loses none: they are written at the first flush after a restart.
 */
final class ArticleFanOut implements Processor<String, EnrichedArticle, String, DyadInput> {

    /** Ticks not yet written, per destination partition. */
    static final String STORE = "dyads-fan-out-ticks";
    private final int partitions;
    /** How often pending ticks are written; by default the commit interval, so that a batch waits about one. */
    private final Duration flushInterval;
    /** The most ticks of one batch. */
    private final int maxBatch;
    private ProcessorContext<String, DyadInput> context;
    private KeyValueStore<Integer, byte[]> store;
    private long[][] pending;
    private int[] sizes;
    private int source;

    /**
     * @param partitions partitions of the dyad stage's internal topic
     * @param flushInterval how often pending ticks are written
     * @param maxBatch the most ticks of one batch
     */
    ArticleFanOut(int partitions, Duration flushInterval, int maxBatch) {
        this.partitions = partitions;
        this.flushInterval = flushInterval;
        this.maxBatch = maxBatch;
    }

    @Override
    public void init(ProcessorContext<String, DyadInput> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        // The task's partition, not the record's: fused behind dedupe, an article may be released by a
        // punctuation (no record) or by a message about another article; either way this task is its upstream.
        this.source = context.taskId().partition();
        this.pending = new long[partitions][];
        this.sizes = new int[partitions];
        for (int p = 0; p < partitions; p++) {
            byte[] kept = store.get(p);
            pending[p] = kept == null ? new long[8] : DyadInputSerde.times(kept);
            sizes[p] = kept == null ? 0 : pending[p].length;
            if (pending[p].length == 0) {
                pending[p] = new long[8];
            }
        }
        context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, now -> {
            for (int p = 0; p < partitions; p++) {
                flush(p);
            }
        });
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        List<String> countries = Dyads.countries(article.getActors());
        boolean[] receives = receivers(article.getContacts(), countries);
        for (int p = 0; p < partitions; p++) {
            if (receives[p]) {
                flush(p);
            }
        }
        for (ContactEvent contact : article.getContacts()) {
            context.forward(record.withKey(contact.getDyad()).withValue(new DyadInput.Contact(contact)));
        }
        long time = article.getArticle().getPublishedAt().toEpochMilli();
        ArticleTick tick = new ArticleTick(time, source, countries);
        for (int p = 0; p < partitions; p++) {
            if (receives[p]) {
                context.forward(record.withValue(new DyadInput.Article(tick, p)));
            } else {
                append(p, time);
            }
        }
    }

    /** The partitions that get a record of the article besides its tick: its contacts', its pairs' owners. */
    private boolean[] receivers(List<ContactEvent> contacts, List<String> countries) {
        boolean[] receives = new boolean[partitions];
        for (ContactEvent contact : contacts) {
            String dyad = contact.getDyad();
            receives[dyad == null ? 0 : Dyads.partition(dyad, partitions)] = true;
        }
        for (String dyad : Dyads.pairs(countries)) {
            receives[Dyads.partition(dyad, partitions)] = true;
        }
        return receives;
    }

    private void append(int partition, long time) {
        if (sizes[partition] == pending[partition].length) {
            pending[partition] = Arrays.copyOf(pending[partition], 2 * pending[partition].length);
        }
        pending[partition][sizes[partition]++] = time;
        if (sizes[partition] >= maxBatch) {
            flush(partition);
        } else {
            store.put(partition, DyadInputSerde.times(source, Arrays.copyOf(pending[partition], sizes[partition])));
        }
    }

    private void flush(int partition) {
        int size = sizes[partition];
        if (size == 0) {
            return;
        }
        long[] times = Arrays.copyOf(pending[partition], size);
        long latest = Arrays.stream(times).max().orElseThrow();
        sizes[partition] = 0;
        store.delete(partition);
        context.forward(new Record<>("ticks-" + source, new DyadInput.Ticks(source, times, partition), latest));
    }

    /** A contact to the partition of its dyad; a tick or a batch to its destination (every one if unknown). */
    static StreamPartitioner<String, DyadInput> partitioner() {
        return (topic, key, value, partitions) -> {
            if (value instanceof DyadInput.Contact) {
                // A contact always has a dyad; were one missing, one partition dead-letters it once.
                return Optional.of(Set.of(key == null ? 0 : Dyads.partition(key, partitions)));
            }
            int destination = value instanceof DyadInput.Ticks batch ? batch.destination()
                    : ((DyadInput.Article) value).destination();
            if (destination >= 0) {
                return Optional.of(Set.of(destination));
            }
            return Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
        };
    }
}
