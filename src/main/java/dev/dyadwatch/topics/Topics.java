package dev.dyadwatch.topics;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.DyadWindowCount;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.registry.AvroSerde;
import dev.dyadwatch.registry.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of every dyadwatch topic, built once from configuration.
 *
 * <p>Names are kebab-case nouns behind the configured prefix. Keys are plain strings (article id or dyad);
 * values are Avro records in the Confluent wire format, their schemas registered under
 * {@code <topic>-value}.
 */
public final class Topics {

    public static final String ARTICLES_RAW = "articles-raw";
    public static final String ARTICLES_UNIQUE = "articles-unique";
    public static final String ARTICLES_DUPLICATES = "articles-duplicates";
    public static final String ARTICLES_ENRICHED = "articles-enriched";
    public static final String CONTACT_EVENTS = "contact-events";
    public static final String DYAD_COUNTS = "dyad-counts";
    public static final String ALERTS = "alerts";
    public static final String ARTICLES_DLQ = "articles-dlq";

    private final DyadwatchConfig config;
    private final Topic<String, RawArticle> articlesRaw;
    private final Topic<String, UniqueArticle> articlesUnique;
    private final Topic<String, DuplicateVerdict> articlesDuplicates;
    private final Topic<String, EnrichedArticle> articlesEnriched;
    private final Topic<String, ContactEvent> contactEvents;
    private final Topic<String, DyadWindowCount> dyadCounts;
    private final Topic<String, DyadAlert> alerts;
    private final Topic<String, DeadLetter> articlesDlq;

    private Topics(DyadwatchConfig config, SchemaRegistryClient registry) {
        this.config = config;
        boolean autoRegister = config.schemaAutoRegister();
        this.articlesRaw = topic(ARTICLES_RAW, RawArticle.class, registry, autoRegister);
        this.articlesUnique = topic(ARTICLES_UNIQUE, UniqueArticle.class, registry, autoRegister);
        this.articlesDuplicates = topic(ARTICLES_DUPLICATES, DuplicateVerdict.class, registry, autoRegister);
        this.articlesEnriched = topic(ARTICLES_ENRICHED, EnrichedArticle.class, registry, autoRegister);
        this.contactEvents = topic(CONTACT_EVENTS, ContactEvent.class, registry, autoRegister);
        this.dyadCounts = topic(DYAD_COUNTS, DyadWindowCount.class, registry, autoRegister);
        this.alerts = topic(ALERTS, DyadAlert.class, registry, autoRegister);
        this.articlesDlq = topic(ARTICLES_DLQ, DeadLetter.class, registry, autoRegister);
    }

    /** Builds the registry; serdes talk to {@code registry} lazily, on first use. */
    public static Topics create(DyadwatchConfig config, SchemaRegistryClient registry) {
        return new Topics(config, registry);
    }

    private <V extends SpecificRecord> Topic<String, V> topic(String baseName, Class<V> type,
            SchemaRegistryClient registry, boolean autoRegister) {
        Serde<V> values = AvroSerde.of(type, registry, autoRegister);
        return new Topic<>(config.topicPrefix() + baseName, Serdes.String(), values);
    }

    public Topic<String, RawArticle> articlesRaw() {
        return articlesRaw;
    }

    public Topic<String, UniqueArticle> articlesUnique() {
        return articlesUnique;
    }

    public Topic<String, DuplicateVerdict> articlesDuplicates() {
        return articlesDuplicates;
    }

    public Topic<String, EnrichedArticle> articlesEnriched() {
        return articlesEnriched;
    }

    public Topic<String, ContactEvent> contactEvents() {
        return contactEvents;
    }

    public Topic<String, DyadWindowCount> dyadCounts() {
        return dyadCounts;
    }

    public Topic<String, DyadAlert> alerts() {
        return alerts;
    }

    public Topic<String, DeadLetter> articlesDlq() {
        return articlesDlq;
    }

    /** Every topic the pipeline reads or writes, in flow order. */
    public List<Topic<String, ?>> all() {
        return List.of(articlesRaw, articlesUnique, articlesDuplicates, articlesEnriched, contactEvents,
                dyadCounts, alerts, articlesDlq);
    }

    /**
     * How each topic is created: {@code alerts} and the registry's {@code _schemas} compacted (their latest
     * record per key is the state), the rest deleted after the configured retention.
     */
    public List<TopicSpec> specs() {
        return specs(config);
    }

    /** The topic specs for a configuration, without needing a registry (for 'topics create'). */
    public static List<TopicSpec> specs(DyadwatchConfig config) {
        short rf = config.topicReplicationFactor();
        String minInsync = String.valueOf(Math.min(2, Math.max(1, rf - 1)));
        Map<String, String> retained = Map.of("cleanup.policy", "delete",
                "retention.ms", String.valueOf(config.topicRetentionMs()), "min.insync.replicas", minInsync);
        Map<String, String> compacted = Map.of("cleanup.policy", "compact", "min.insync.replicas", minInsync);
        List<TopicSpec> specs = new ArrayList<>();
        for (String name : List.of(ARTICLES_RAW, ARTICLES_UNIQUE, ARTICLES_DUPLICATES, ARTICLES_ENRICHED,
                CONTACT_EVENTS, DYAD_COUNTS, ARTICLES_DLQ)) {
            specs.add(new TopicSpec(config.topicPrefix() + name, config.topicPartitions(), rf, retained));
        }
        specs.add(new TopicSpec(config.topicPrefix() + ALERTS, config.topicPartitions(), rf, compacted));
        // One partition: the registry reads its whole history in order to rebuild ids.
        specs.add(new TopicSpec(config.registryTopic(), 1, rf, compacted));
        return List.copyOf(specs);
    }
}
