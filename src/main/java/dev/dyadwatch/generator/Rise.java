package dev.dyadwatch.generator;

import java.time.LocalDate;

/**
 * A period in which one dyad's contact rate is raised: what an alert should find.
 *
 * @param dyad the rising dyad
 * @param from first day of the raised rate
 * @param until first day back at the baseline, or null when the rise lasts to the end
 * @param factor how many times the baseline rate
 * @param baselinePerDay expected contacts (events) a day before the rise, at the average daily volume
 * @param risenPerDay expected contacts (events) a day during the rise
 */
public record Rise(String dyad, LocalDate from, LocalDate until, double factor, double baselinePerDay,
        double risenPerDay) {
}
