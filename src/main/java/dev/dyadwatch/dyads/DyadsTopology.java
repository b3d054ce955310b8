package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dyad stage: {@code contact-events} and {@code articles-enriched} in, {@code dyad-counts} and the compacted
 * {@code alerts} out, rejects to {@code articles-dlq}.
 *
 * <p>Contact reports arrive keyed by dyad, so each dyad's state lives in one task. News volume is global: the
 * publication time and countries of every article are sent to every partition of one internal topic, so that
 * each task counts all the volume, and the co-mentions of the dyads it owns, in step with its contact reports
 * (a task reads just these two partitions, which Kafka Streams interleaves in timestamp order, waiting up to
 * {@code max.task.idle.ms} for both). Each article also says which partition it came from, so that a task knows
 * how far every upstream partition has got. The internal topic has {@code partitions} partitions, which must be
 * those of {@code contact-events} and {@code articles-enriched} (as {@code topics create} makes them). All the
 * work happens in one processor ({@link DyadEngine}); this class only routes.
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
    /** Every article's publication time and countries, to every partition (internal topic suffix). */
    public static final String ARTICLES_TO_ALL = "dyads-articles-to-all";
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

    /** Adds the dyad sub-topology to {@code builder}. */
    public void addTo(StreamsBuilder builder) {
        stores().forEach(builder::addStateStore);

        KStream<String, DyadInput> contacts = builder
                .stream(topics.contactEvents().name(), topics.contactEvents().consumed("dyads-contact-events-source"))
                .mapValues(event -> (DyadInput) new DyadInput.Contact(event), Named.as("dyads-contact-input"));
        KStream<String, DyadInput> articles = builder
                .stream(topics.articlesEnriched().name(),
                        topics.articlesEnriched().consumed("dyads-articles-enriched-source"))
                .filter((id, article) -> article != null && article.getArticle() != null,
                        Named.as("dyads-articles-with-value"))
                .processValues(TickProcessor::new, Named.as("dyads-article-tick"))
                .repartition(Repartitioned.with(Serdes.String(), ArticleTick.serde()).withName(ARTICLES_TO_ALL)
                        .withNumberOfPartitions(partitions).withStreamPartitioner(toEveryPartition()))
                .mapValues(tick -> (DyadInput) new DyadInput.Article(tick), Named.as("dyads-article-input"));

        var outputs = contacts.merge(articles, Named.as("dyads-merge-articles"))
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

    /** Reduces an article to its tick: publication time, the partition it came from, the countries it names. */
    private static final class TickProcessor implements FixedKeyProcessor<String, EnrichedArticle, ArticleTick> {
        private FixedKeyProcessorContext<String, ArticleTick> context;

        @Override
        public void init(FixedKeyProcessorContext<String, ArticleTick> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, EnrichedArticle> record) {
            Set<String> countries = new TreeSet<>();
            for (Actor actor : record.value().getActors()) {
                if (actor.getCountry() != null && actor.getCountry().matches("[A-Z]{3}")) {
                    countries.add(actor.getCountry());
                }
            }
            int source = context.recordMetadata().map(RecordMetadata::partition).orElse(0);
            context.forward(record.withValue(new ArticleTick(record.value().getArticle().getPublishedAt()
                    .toEpochMilli(), source, new ArrayList<>(countries))));
        }
    }

    private static StreamPartitioner<String, ArticleTick> toEveryPartition() {
        return (topic, key, value, count) -> Optional.of(IntStream.range(0, count).boxed()
                .collect(Collectors.toSet()));
    }

    private List<StoreBuilder<?>> stores() {
        Duration coMentionRetention = Duration.ofDays(alerts.longestWindow() + 3).plus(dyads.grace());
        return List.of(
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
