package dev.dyadwatch.alerts;

/**
 * A rate test of one recent window length.
 *
 * @param windowDays length of the recent window, in UTC days
 * @param test the outcome
 */
public record WindowedTest(int windowDays, RateTest test) {
}
