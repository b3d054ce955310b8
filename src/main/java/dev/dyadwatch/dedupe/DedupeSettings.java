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
 * @param partitions partitions of dedupe's internal topics (option {@code topic.partitions}); {@code articles-raw}
 *     must not have more, since each article's state lives at the partition it was read from
 */
public record DedupeSettings(Duration horizon, DuplicateRule rule, SignatureScheme scheme, int partitions) {

    public DedupeSettings {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("dedupe horizon must be positive, got " + horizon);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("dedupe needs at least one partition, got " + partitions);
        }
    }

    /** The settings of a dyadwatch configuration. */
    public static DedupeSettings from(DyadwatchConfig config) {
        return new DedupeSettings(config.dedupeHorizon(), new DuplicateRule(config.dedupeContainmentThreshold()),
                SignatureScheme.DEFAULT, config.topicPartitions());
    }
}
