package dev.dyadwatch.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resolved, immutable configuration of one dyadwatch process.
 *
 * <p>Built by {@link ConfigLoader} from defaults in code, a properties file, the environment and command-line
 * flags, each overriding the one before. Besides the typed {@link Option}s it carries pass-through Kafka client
 * properties ({@code kafka.*} in a file, {@code KAFKA_*} in the environment), Kafka Streams properties
 * ({@code streams.*}) and schema-registry client properties ({@code schema.registry.*}, {@code basic.auth.*}).
 */
public final class DyadwatchConfig {

    private final Map<Option, String> options;
    private final Map<String, String> kafka;
    private final Map<String, String> streams;
    private final Map<String, String> registry;

    DyadwatchConfig(Map<Option, String> options, Map<String, String> kafka, Map<String, String> streams,
            Map<String, String> registry) {
        EnumMap<Option, String> all = new EnumMap<>(Option.class);
        for (Option option : Option.values()) {
            all.put(option, option.defaultValue());
        }
        all.putAll(options);
        all.values().forEach(v -> {
            if (v == null) {
                throw new IllegalArgumentException("null option value");
            }
        });
        this.options = Collections.unmodifiableMap(all);
        this.kafka = Collections.unmodifiableMap(new TreeMap<>(kafka));
        this.streams = Collections.unmodifiableMap(new TreeMap<>(streams));
        this.registry = Collections.unmodifiableMap(new TreeMap<>(registry));
        validate();
    }

    /** The defaults in code, nothing else. */
    public static DyadwatchConfig defaults() {
        return new DyadwatchConfig(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** A copy with one option replaced; this config is left as it is. */
    public DyadwatchConfig with(Option option, String value) {
        EnumMap<Option, String> copy = new EnumMap<>(options);
        copy.put(option, value);
        return new DyadwatchConfig(copy, kafka, streams, registry);
    }

    public String get(Option option) {
        return options.get(option);
    }

    public String bootstrapServers() {
        return get(Option.BOOTSTRAP_SERVERS);
    }

    public String schemaRegistryUrl() {
        return get(Option.SCHEMA_REGISTRY_URL);
    }

    public boolean schemaAutoRegister() {
        return Boolean.parseBoolean(get(Option.SCHEMA_AUTO_REGISTER));
    }

    public String topicPrefix() {
        return get(Option.TOPIC_PREFIX);
    }

    public int topicPartitions() {
        return intOption(Option.TOPIC_PARTITIONS);
    }

    public short topicReplicationFactor() {
        return (short) intOption(Option.TOPIC_REPLICATION_FACTOR);
    }

    public long topicRetentionMs() {
        return longOption(Option.TOPIC_RETENTION_MS);
    }

    public String registryTopic() {
        return get(Option.REGISTRY_TOPIC);
    }

    public String applicationId() {
        return get(Option.APPLICATION_ID);
    }

    public Path stateDir() {
        return Path.of(get(Option.STATE_DIR));
    }

    public String processingGuarantee() {
        return get(Option.PROCESSING_GUARANTEE);
    }

    public long commitIntervalMs() {
        return longOption(Option.COMMIT_INTERVAL_MS);
    }

    public int streamThreads() {
        return intOption(Option.STREAM_THREADS);
    }

    /** Whether the stages run fused in dedupe's home tasks ({@code pipeline.fused}). */
    public boolean pipelineFused() {
        return booleanOption(Option.PIPELINE_FUSED);
    }

    public Duration dedupeHorizon() {
        return Duration.ofMillis(longOption(Option.DEDUPE_HORIZON_MS));
    }

    /** Minimum containment of the shorter article in the longer for a near-duplicate, in (0, 1]. */
    public double dedupeContainmentThreshold() {
        String value = get(Option.DEDUPE_CONTAINMENT_THRESHOLD).trim();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + Option.DEDUPE_CONTAINMENT_THRESHOLD.key()
                    + " must be a number between 0 and 1, got '" + value + "'", e);
        }
    }

    public int threadFailuresMax() {
        return intOption(Option.THREAD_FAILURES_MAX);
    }

    public Duration threadFailuresWindow() {
        return Duration.ofMillis(longOption(Option.THREAD_FAILURES_WINDOW_MS));
    }

    public Duration dyadsGrace() {
        return Duration.ofMillis(longOption(Option.DYADS_GRACE_MS));
    }

    public Duration dyadsMergeWindow() {
        return Duration.ofMillis(longOption(Option.DYADS_MERGE_WINDOW_MS));
    }

    public boolean dyadsCountPlanned() {
        return booleanOption(Option.DYADS_COUNT_PLANNED);
    }

    public boolean dyadsCountMultilateral() {
        return booleanOption(Option.DYADS_COUNT_MULTILATERAL);
    }

    public Duration dyadsMaxFuture() {
        return Duration.ofMillis(longOption(Option.DYADS_MAX_FUTURE_MS));
    }

    public Duration dyadsRecheckInterval() {
        return Duration.ofMillis(longOption(Option.DYADS_RECHECK_INTERVAL_MS));
    }

    public Duration dyadsIdle() {
        return Duration.ofMillis(longOption(Option.DYADS_IDLE_MS));
    }

    public Duration dyadsTicksFlush() {
        return Duration.ofMillis(longOption(Option.DYADS_TICKS_FLUSH_MS));
    }

    public int dyadsTicksBatchMax() {
        long max = longOption(Option.DYADS_TICKS_BATCH_MAX);
        if (max > 1_000_000) {
            throw new IllegalArgumentException("option " + Option.DYADS_TICKS_BATCH_MAX.key()
                    + " must be at most 1000000, got " + max);
        }
        return (int) max;
    }

    /** The recent window lengths, ascending and distinct. */
    public List<Integer> alertWindowDays() {
        String value = get(Option.ALERTS_WINDOW_DAYS).trim();
        try {
            List<Integer> days = java.util.Arrays.stream(value.split(",")).map(String::trim)
                    .map(Integer::valueOf).distinct().sorted().toList();
            if (days.isEmpty() || days.get(0) < 1) {
                throw new NumberFormatException("not positive");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option alerts.window.days must be positive whole numbers separated "
                    + "by commas, got '" + value + "'", e);
        }
    }

    public int alertBaselineDays() {
        return intOption(Option.ALERTS_BASELINE_DAYS);
    }

    public double alertPriorEventsPerDay() {
        return doubleOption(Option.ALERTS_PRIOR_EVENTS_PER_DAY);
    }

    public double alertPriorWeightDays() {
        return doubleOption(Option.ALERTS_PRIOR_WEIGHT_DAYS);
    }

    public double alertDispersion() {
        return doubleOption(Option.ALERTS_DISPERSION);
    }

    public int alertMinEvents() {
        return intOption(Option.ALERTS_MIN_EVENTS);
    }

    public int alertMinDays() {
        return intOption(Option.ALERTS_MIN_DAYS);
    }

    public double alertMinRateRatio() {
        return doubleOption(Option.ALERTS_MIN_RATE_RATIO);
    }

    public double alertMinScore() {
        return doubleOption(Option.ALERTS_MIN_SCORE);
    }

    public double alertSurgeFactor() {
        return doubleOption(Option.ALERTS_SURGE_FACTOR);
    }

    public double alertMinHistoryDays() {
        return doubleOption(Option.ALERTS_MIN_HISTORY_DAYS);
    }

    public double alertEscalateFactor() {
        return doubleOption(Option.ALERTS_ESCALATE_FACTOR);
    }

    public double alertResolveScore() {
        return doubleOption(Option.ALERTS_RESOLVE_SCORE);
    }

    public Duration alertResolveAfter() {
        return Duration.ofMillis(longOption(Option.ALERTS_RESOLVE_AFTER_MS));
    }

    public int alertEvidenceMax() {
        return intOption(Option.ALERTS_EVIDENCE_MAX);
    }

    /** Properties for any Kafka client (admin, producer, consumer): bootstrap servers plus pass-through ones. */
    public Map<String, Object> kafkaClientProperties() {
        Map<String, Object> props = new TreeMap<>(kafka);
        props.put("bootstrap.servers", bootstrapServers());
        return props;
    }

    /** Kafka Streams-only overrides ({@code streams.*} in a file), applied last. */
    public Map<String, String> streamsOverrides() {
        return streams;
    }

    /** Properties for the schema-registry client, in the names Confluent clients use. */
    public Map<String, Object> registryClientProperties() {
        Map<String, Object> props = new TreeMap<>(registry);
        props.put("schema.registry.url", schemaRegistryUrl());
        return props;
    }

    private int intOption(Option option) {
        return (int) longOption(option);
    }

    private long longOption(Option option) {
        String value = get(option).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "option " + option.key() + " must be a whole number, got '" + value + "'", e);
        }
    }

    private double doubleOption(Option option) {
        String value = get(option).trim();
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException("not finite");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + option.key() + " must be a number, got '" + value + "'", e);
        }
    }

    private boolean booleanOption(Option option) {
        String value = get(option).trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("option " + option.key() + " must be true or false, got '" + value
                    + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private void validate() {
        List<Option> positive = List.of(Option.TOPIC_PARTITIONS, Option.TOPIC_REPLICATION_FACTOR,
                Option.COMMIT_INTERVAL_MS, Option.STREAM_THREADS, Option.DEDUPE_HORIZON_MS,
                Option.TOPIC_RETENTION_MS, Option.THREAD_FAILURES_MAX, Option.THREAD_FAILURES_WINDOW_MS,
                Option.DYADS_GRACE_MS, Option.DYADS_MERGE_WINDOW_MS, Option.DYADS_MAX_FUTURE_MS,
                Option.DYADS_RECHECK_INTERVAL_MS, Option.DYADS_IDLE_MS, Option.DYADS_TICKS_FLUSH_MS,
                Option.DYADS_TICKS_BATCH_MAX, Option.ALERTS_BASELINE_DAYS,
                Option.ALERTS_MIN_EVENTS, Option.ALERTS_MIN_DAYS, Option.ALERTS_EVIDENCE_MAX);
        for (Option option : positive) {
            if (longOption(option) <= 0) {
                throw new IllegalArgumentException("option " + option.key() + " must be positive, got "
                        + get(option));
            }
        }
        if (longOption(Option.TOPIC_REPLICATION_FACTOR) > Short.MAX_VALUE) {
            throw new IllegalArgumentException("option topic.replication.factor is too large");
        }
        double threshold = dedupeContainmentThreshold();
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("option " + Option.DEDUPE_CONTAINMENT_THRESHOLD.key()
                    + " must be above 0 and at most 1, got " + get(Option.DEDUPE_CONTAINMENT_THRESHOLD));
        }
        String guarantee = processingGuarantee();
        if (!guarantee.equals("exactly_once_v2") && !guarantee.equals("at_least_once")) {
            throw new IllegalArgumentException(
                    "option processing.guarantee must be exactly_once_v2 or at_least_once, got '" + guarantee + "'");
        }
        String auto = get(Option.SCHEMA_AUTO_REGISTER);
        if (!auto.equals("true") && !auto.equals("false")) {
            throw new IllegalArgumentException("option schema.auto.register must be true or false, got '" + auto + "'");
        }
        // Parse every typed dyads and alerts option now, so a bad value fails at start-up with its key.
        dyadsCountPlanned();
        dyadsCountMultilateral();
        alertWindowDays();
        List.of(Option.ALERTS_PRIOR_EVENTS_PER_DAY, Option.ALERTS_PRIOR_WEIGHT_DAYS, Option.ALERTS_DISPERSION,
                Option.ALERTS_MIN_RATE_RATIO,
                Option.ALERTS_MIN_SCORE, Option.ALERTS_MIN_HISTORY_DAYS, Option.ALERTS_ESCALATE_FACTOR,
                Option.ALERTS_RESOLVE_SCORE, Option.ALERTS_SURGE_FACTOR).forEach(this::doubleOption);
        if (longOption(Option.ALERTS_RESOLVE_AFTER_MS) < 0) {
            throw new IllegalArgumentException("option alerts.resolve.after.ms must not be negative");
        }
        if (bootstrapServers().isBlank()) {
            throw new IllegalArgumentException("option bootstrap.servers must not be empty");
        }
        if (schemaRegistryUrl().isBlank()) {
            throw new IllegalArgumentException("option schema.registry.url must not be empty");
        }
    }

    @Override
    public String toString() {
        // Pass-through maps may hold secrets (SASL JAAS config, registry user info): show their keys only.
        Map<Option, String> shown = new EnumMap<>(options);
        shown.replaceAll((option, value) -> option.isSecret() && !value.isEmpty() ? "***" : value);
        return "DyadwatchConfig" + shown + " kafka" + kafka.keySet() + " streams" + streams.keySet()
                + " registry" + registry.keySet();
    }
}
