package dev.dyadwatch.alerts;

/**
 * The outcome of testing one dyad's recent window against its baseline.
 *
 * @param observed distinct events in the recent window
 * @param expected events the baseline predicts for the window (posterior mean)
 * @param score minus log10 of the probability of at least {@code observed} events under the baseline
 * @param rateRatio observed / expected
 * @param historyDays days of news volume observed before the window (the baseline actually seen)
 * @param significant the rise is large, frequent and improbable enough to open an alert
 * @param holds the rise still stands (score at or above the resolve score); false counts towards resolution
 */
public record RateTest(int observed, double expected, double score, double rateRatio, double historyDays,
        boolean significant, boolean holds) {
}
