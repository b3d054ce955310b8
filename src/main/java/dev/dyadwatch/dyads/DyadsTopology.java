package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.topics.Topics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dyad stage: enriched articles in (read from {@code articles-enriched}, or, in the pipeline, straight from the
 * enrich processor in dedupe's home tasks), {@code dyad-counts} and the compacted {@code alerts} out, rejects to
 * {@code articles-dlq}.
 *
 * <p>Each enriched article carries its coded contacts. {@link ArticleFanOut} writes them into one internal topic,
 * each to the partition that owns its dyad, and then the article's tick (publication time, upstream partition,
 * countries named) to every partition, batched where the partition gets nothing else of the article: each task
 * counts all the news volume, and the co-mentions of the dyads it owns, itself. Because an upstream task writes
 * an article's contacts before its tick, and a Kafka partition keeps the order of one producer, a task that has
 * read upstream partition {@code u}'s tick for time {@code t} has read every contact of {@code u}'s articles up
 * to {@code t}: the aligned watermark is exact in any replay, however fast. (Reading {@code contact-events} beside
 * the articles would not be: in a fast replay the ticks of later articles overtake the contacts of earlier ones.)
 * {@code contact-events} stays enrich's output for other consumers. The internal topic has {@code partitions}
 * partitions, those of {@code articles-enriched}. All the work happens in one processor ({@link DyadEngine}); this
 * class only routes.
 */
public final class DyadsTopology {

    /** Per-dyad checkpoint state. */
    public static final String STATE_STORE = "dyads-state";
    /** Contact reports of the days not yet settled. */
    public static final String REPORTS_STORE = "dyads-reports";
    /** Frozen day totals, for the recent windows. */
    public static final String DAYS_STORE = "dyads-days";
    /** Evidence (newest merged events) of the frozen days, for alerts. */
    public static final String EVIDENCE_STORE = "dyads-evidence";
    /** Co-mention counts per dyad and day. */
    public static final String CO_MENTIONS_STORE = "dyads-co-mentions";
    /** Dyads with state and the latest instant each was evaluated at. */
    public static final String INDEX_STORE = "dyads-index";
    /** Watermarks and other task-level numbers. */
    public static final String META_STORE = "dyads-meta";
    /** Dyads with reports waiting for every upstream partition to reach them. */
    public static final String PENDING_STORE = "dyads-pending";
    /** Articles per hour of publication (news volume). */
    public static final String VOLUME_STORE = "dyads-volume";
    /** The articles' contacts, each to its dyad's partition, and their ticks, to every partition. */
    public static final String INPUTS = "dyads-inputs";
    /** The processor holding every store. */
    public static final String EVALUATE = "dyads-evaluate";

    private final Topics topics;
    private final DyadSettings dyads;
    private final AlertSettings alerts;
    private final int partitions;

    public DyadsTopology(Topics topics, DyadSettings dyads, AlertSettings alerts, int partitions) {
        this.topics = topics;
        this.dyads = dyads;
        this.alerts = alerts;
        this.partitions = partitions;
    }

    /** Adds the dyad sub-topology, reading {@code articles-enriched}, to {@code builder}. */
    public void addTo(StreamsBuilder builder) {
        addTo(builder, builder.stream(topics.articlesEnriched().name(),
                topics.articlesEnriched().consumed("dyads-articles-enriched-source")));
    }

    /**
     * Adds the dyad sub-topology to {@code builder}, fanning out {@code enriched} in the tasks that produce it.
     * Each of those tasks must emit its articles in one order, and there must be {@code partitions} of them (task
     * {@code i} is upstream partition {@code i} of the watermark).
     */
    public void addTo(StreamsBuilder builder, KStream<String, EnrichedArticle> enriched) {
        stores().forEach(builder::addStateStore);

        var outputs = enriched
                .filter((id, article) -> article != null && article.getArticle() != null,
                        Named.as("dyads-articles-with-value"))
                .process(() -> new ArticleFanOut(partitions, dyads.ticksFlush(), dyads.ticksBatchMax()),
                        Named.as("dyads-fan-out"), ArticleFanOut.STORE)
                .repartition(Repartitioned.with(Serdes.String(), DyadInputSerde.of(topics.contactEvents()
                        .valueSerde(), topics.contactEvents().name())).withName(INPUTS)
                        .withNumberOfPartitions(partitions).withStreamPartitioner(ArticleFanOut.partitioner()))
                .process(() -> new DyadProcessor(dyads, alerts, partitions), Named.as(EVALUATE), STATE_STORE,
                        REPORTS_STORE, DAYS_STORE, EVIDENCE_STORE, CO_MENTIONS_STORE, INDEX_STORE, META_STORE,
                        PENDING_STORE, VOLUME_STORE)
                .split(Named.as("dyads-"));
        outputs.branch((key, out) -> out.alert() != null, Branched.withConsumer(alertsOut -> alertsOut
                        .mapValues(out -> out.alert().alert(), Named.as("dyads-alert"))
                        .to(topics.alerts().name(), topics.alerts().produced("dyads-alerts-sink"))))
                .branch((key, out) -> out.count() != null, Branched.withConsumer(countsOut -> countsOut
                        .mapValues(out -> out.count().count(), Named.as("dyads-count"))
                        .to(topics.dyadCounts().name(), topics.dyadCounts().produced("dyads-counts-sink"))))
                .defaultBranch(Branched.withConsumer(rejected -> rejected
                        .mapValues(DyadProcessor.Output::deadLetter, Named.as("dyads-dead-letter"))
                        .to(topics.articlesDlq().name(), topics.articlesDlq().produced("dyads-dlq-sink"))));
    }

    private List<StoreBuilder<?>> stores() {
        Duration coMentionRetention = Duration.ofDays(alerts.longestWindow() + 3).plus(dyads.grace());
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ArticleFanOut.STORE), Serdes.Integer(),
                        Serdes.ByteArray()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATE_STORE), Serdes.String(),
                        Serdes.ByteArray()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REPORTS_STORE), Serdes.String(),
                        Serdes.ByteArray()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DAYS_STORE), Serdes.String(),
                        Serdes.ByteArray()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVIDENCE_STORE), Serdes.String(),
                        Serdes.ByteArray()).withCachingEnabled(),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(CO_MENTIONS_STORE, coMentionRetention,
                        Duration.ofDays(1), false), Serdes.String(), Serdes.Integer()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_STORE), Serdes.String(),
                        Serdes.Long()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(META_STORE), Serdes.String(),
                        Serdes.Long()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE), Serdes.String(),
                        Serdes.Long()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VOLUME_STORE), Serdes.Long(),
                        Serdes.Long()).withCachingEnabled());
    }
}
