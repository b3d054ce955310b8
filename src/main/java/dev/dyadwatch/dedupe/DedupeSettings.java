package dev.dyadwatch.dedupe;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.dedupe.similarity.DuplicateRule;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.time.Duration;

/**
 * How dedupe is configured.
 *
 * @param horizon how long, in event time, an article is remembered (option {@code dedupe.horizon.ms}); copies
 *     further apart than this are not recognised, and state older than this is dropped
 * @param rule when a verified candidate is a copy (option {@code dedupe.containment.threshold})
 * @param scheme the signature parameters (fixed: they shape the stored state)
 * @param partitions partitions of dedupe's internal topics (option {@code topic.partitions}): the article homes
 *     and band partitions
 * @param applicationId the Kafka Streams application id, which prefixes the internal topic through which dedupe
 *     sends messages to article homes (option {@code application.id}, or {@code streams.application.id})
 */
public record DedupeSettings(Duration horizon, DuplicateRule rule, SignatureScheme scheme, int partitions,
        String applicationId) {

    public DedupeSettings {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("dedupe horizon must be positive, got " + horizon);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("dedupe needs at least one partition, got " + partitions);
        }
        if (applicationId == null || applicationId.isBlank()) {
            throw new IllegalArgumentException("dedupe needs the application id");
        }
    }

    /**
     * The internal topic every message for an article's home goes through:
     * {@code <application id>-dedupe-home-repartition}.
     */
    public String homeTopic() {
        return applicationId + "-" + DedupeTopology.HOME + "-repartition";
    }

    /** These settings for the application {@code id} (as the Kafka Streams properties name it). */
    public DedupeSettings forApplication(String id) {
        return new DedupeSettings(horizon, rule, scheme, partitions, id);
    }

    /** The settings of a dyadwatch configuration. */
    public static DedupeSettings from(DyadwatchConfig config) {
        return new DedupeSettings(config.dedupeHorizon(), new DuplicateRule(config.dedupeContainmentThreshold()),
                SignatureScheme.DEFAULT, config.topicPartitions(),
                config.streamsOverrides().getOrDefault("application.id", config.applicationId()));
    }
}
