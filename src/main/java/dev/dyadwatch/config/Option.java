package dev.dyadwatch.config;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every dyadwatch option an operator can set, with its key, default and meaning.
 *
 * <p>The key is used as is in a properties file ({@code topic.prefix=prod.}); in the environment it is
 * upper-cased with dots turned into underscores behind {@code DYADWATCH_} ({@code DYADWATCH_TOPIC_PREFIX});
 * on the command line it is a flag ({@code --topic-prefix}).
 */
public enum Option {
    BOOTSTRAP_SERVERS("bootstrap.servers", "localhost:9092", "Kafka bootstrap servers, host:port[,host:port]."),
    SCHEMA_REGISTRY_URL("schema.registry.url", "http://localhost:8081",
            "Schema registry URL(s), comma-separated for failover."),
    SCHEMA_AUTO_REGISTER("schema.auto.register", "true",
            "Register the value schemas on first use; turn off where schemas are managed centrally."),
    TOPIC_PREFIX("topic.prefix", "", "Prefix put before every dyadwatch topic name (not before _schemas)."),
    TOPIC_PARTITIONS("topic.partitions", "3", "Partitions of each topic created by 'topics create'."),
    TOPIC_REPLICATION_FACTOR("topic.replication.factor", "1",
            "Replication factor of each topic created by 'topics create'; use 3 on a production cluster."),
    TOPIC_RETENTION_MS("topic.retention.ms", "2592000000",
            "Retention of the non-compacted topics (default 30 days)."),
    REGISTRY_TOPIC("registry.topic", "_schemas", "Compacted topic where the embedded registry keeps schemas."),
    REGISTRY_SERVER_USER_INFO("registry.server.user.info", "",
            "user:password the embedded registry requires of its clients (HTTP basic auth); empty for none."),
    APPLICATION_ID("application.id", "dyadwatch",
            "Kafka Streams application id (consumer group, state, internal topics)."),
    STATE_DIR("state.dir", System.getProperty("java.io.tmpdir") + "/dyadwatch-state",
            "Directory for Kafka Streams state stores."),
    PROCESSING_GUARANTEE("processing.guarantee", "exactly_once_v2",
            "exactly_once_v2 (default) or at_least_once."),
    COMMIT_INTERVAL_MS("commit.interval.ms", "100",
            "Streams commit interval; windowed results and alerts are published at commit, so keep it short."),
    STREAM_THREADS("num.stream.threads", "2", "Stream threads per application instance."),
    DEDUPE_HORIZON_MS("dedupe.horizon.ms", "604800000",
            "How long (event time) an article is remembered for duplicate detection (default 7 days)."),
    DEDUPE_CONTAINMENT_THRESHOLD("dedupe.containment.threshold", "0.70",
            "Share of the shorter article's word 4-grams that must appear in the longer for a near-duplicate, "
                    + "0 to 1 (default chosen on the labelled pairs; lower finds more copies, and more false ones)."),
    THREAD_FAILURES_MAX("thread.failures.max", "5",
            "Stream thread failures tolerated within thread.failures.window.ms before the application stops."),
    THREAD_FAILURES_WINDOW_MS("thread.failures.window.ms", "600000",
            "Period over which stream thread failures are counted."),
    ENRICH_DICTIONARY_DIR("enrich.dictionary.dir", "",
            "Folder with an actor dictionary of your own (countries.tsv, people.tsv, organisations.tsv, "
                    + "dictionary.properties; see the bundled dictionary's README); empty for the bundled one only."),
    ENRICH_DICTIONARY_MODE("enrich.dictionary.mode", "extend",
            "extend: the folder's rows are added to the bundled dictionary (its countries replace bundled ones "
                    + "with the same code); replace: the folder is the whole dictionary.");

    private static final Map<String, Option> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Option::key, Function.identity()));

    private final String key;
    private final String defaultValue;
    private final String description;

    Option(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** True for options holding credentials, which are never printed. */
    public boolean isSecret() {
        return key.contains("user.info") || key.contains("password");
    }

    /** The environment variable that sets this option, e.g. {@code DYADWATCH_TOPIC_PREFIX}. */
    public String environmentVariable() {
        return "DYADWATCH_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public static Optional<Option> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
