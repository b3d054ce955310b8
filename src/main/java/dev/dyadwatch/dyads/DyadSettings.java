package dev.dyadwatch.dyads;

import dev.dyadwatch.config.DyadwatchConfig;
import java.time.Duration;

/**
 * How contact reports are counted and merged per dyad; each one is a dyadwatch option.
 *
 * @param grace how late (event time) an input may arrive and still count ({@code dyads.grace.ms})
 * @param mergeWindow how far apart an undated report and an event of the previous day may be and still merge
 *        ({@code dyads.merge.window.ms})
 * @param countPlanned count planned or announced contacts as intent events ({@code dyads.count.planned})
 * @param countMultilateral count pairwise contacts of multilateral meetings ({@code dyads.count.multilateral})
 * @param maxFuture inputs published further ahead of the wall clock are rejected ({@code dyads.max.future.ms})
 * @param recheckInterval wall-clock interval of re-evaluation after late volume counts
 *        ({@code dyads.recheck.interval.ms})
 * @param idle wall-clock time without articles after which upstream partitions that have not delivered count as
 *        caught up ({@code dyads.idle.ms})
 * @param ticksFlush wall-clock interval at which batched article ticks are written ({@code dyads.ticks.flush.ms})
 * @param ticksBatchMax the most ticks one batch holds ({@code dyads.ticks.batch.max})
 */
public record DyadSettings(Duration grace, Duration mergeWindow, boolean countPlanned, boolean countMultilateral,
        Duration maxFuture, Duration recheckInterval, Duration idle, Duration ticksFlush, int ticksBatchMax) {

    public DyadSettings {
        if (grace.isNegative() || mergeWindow.isNegative() || maxFuture.isNegative()
                || recheckInterval.isNegative() || recheckInterval.isZero() || idle.isNegative()
                || ticksFlush.isNegative() || ticksFlush.isZero()) {
            throw new IllegalArgumentException(
                    "dyads durations must not be negative (recheck and ticks flush must be positive)");
        }
        if (ticksBatchMax < 1) {
            throw new IllegalArgumentException("dyads.ticks.batch.max must be positive, got " + ticksBatchMax);
        }
        if (mergeWindow.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("dyads.merge.window.ms must not exceed one day");
        }
    }

    /** The defaults in code. */
    public static DyadSettings defaults() {
        return from(DyadwatchConfig.defaults());
    }

    /** The settings of a configuration. */
    public static DyadSettings from(DyadwatchConfig config) {
        return new DyadSettings(config.dyadsGrace(), config.dyadsMergeWindow(), config.dyadsCountPlanned(),
                config.dyadsCountMultilateral(), config.dyadsMaxFuture(), config.dyadsRecheckInterval(),
                config.dyadsIdle(), config.dyadsTicksFlush(), config.dyadsTicksBatchMax());
    }

    /** A copy with another grace. */
    public DyadSettings withGrace(Duration newGrace) {
        return new DyadSettings(newGrace, mergeWindow, countPlanned, countMultilateral, maxFuture, recheckInterval,
                idle, ticksFlush, ticksBatchMax);
    }
}
