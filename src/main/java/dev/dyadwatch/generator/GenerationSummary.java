package dev.dyadwatch.generator;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a run produced, counted as it was written.
 *
 * @param articles articles written
 * @param reports articles reporting at least one occurred contact, copies included
 * @param events distinct occurred contacts reported
 * @param copies syndicated copies
 * @param dailyVolume articles per publication day
 * @param dailyEvents per dyad, distinct occurred contacts per day of the contact (the day they happened)
 */
public record GenerationSummary(long articles, long reports, long events, long copies,
        Map<LocalDate, Integer> dailyVolume, Map<String, Map<LocalDate, Integer>> dailyEvents) {
}
