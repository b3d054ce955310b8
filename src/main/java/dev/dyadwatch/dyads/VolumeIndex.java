package dev.dyadwatch.dyads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Overall news volume: unique articles per hour of publication, over every partition (each task of the dyad
 * stage receives every article's publication time), and the exposures the rate model derives from it.
 *
 * <p>Exposure is measured in days of average volume: the volume of a span divided by the average daily volume
 * of the baseline, so a day on which all news triples is worth three days. Only time since the first article
 * seen counts as observed history; without any volume, exposure falls back to calendar days with no history.
 */
public final class VolumeIndex {

    private final TreeMap<Long, Long> hourly = new TreeMap<>();
    private long firstPrefixHour;
    private long[] prefix;

    /** Adds {@code count} articles published in {@code hour} (hours since the epoch). */
    public void add(long hour, long count) {
        hourly.merge(hour, count, Long::sum);
        prefix = null;
    }

    /** Sets the count of one hour (restoring from a store). */
    public void put(long hour, long count) {
        hourly.put(hour, count);
        prefix = null;
    }

    /** Forgets hours before {@code hour}; returns the hours forgotten. */
    public List<Long> forgetBefore(long hour) {
        List<Long> gone = new ArrayList<>(hourly.headMap(hour).keySet());
        hourly.headMap(hour).clear();
        prefix = null;
        return gone;
    }

    public long count(long hour) {
        return hourly.getOrDefault(hour, 0L);
    }

    public boolean isEmpty() {
        return hourly.isEmpty();
    }

    /** Articles published in hours {@code [fromHour, toHour)}. */
    public long volume(long fromHour, long toHour) {
        if (hourly.isEmpty() || toHour <= fromHour) {
            return 0;
        }
        if (prefix == null) {
            buildPrefix();
        }
        return cumulative(toHour) - cumulative(fromHour);
    }

    /** Articles published before {@code hour}, counted from the first stored hour. */
    private long cumulative(long hour) {
        long index = hour - firstPrefixHour;
        if (index <= 0) {
            return 0;
        }
        return prefix[(int) Math.min(index, prefix.length - 1)];
    }

    private void buildPrefix() {
        firstPrefixHour = hourly.firstKey();
        int length = (int) (hourly.lastKey() - firstPrefixHour + 2);
        prefix = new long[length];
        for (Map.Entry<Long, Long> entry : hourly.entrySet()) {
            prefix[(int) (entry.getKey() - firstPrefixHour + 1)] += entry.getValue();
        }
        for (int i = 1; i < length; i++) {
            prefix[i] += prefix[i - 1];
        }
    }

    /**
     * The exposures of a dyad test at {@code instant}: the baseline days before the recent window, and the
     * recent window from its start to the instant. The hour holding the instant is not complete yet, so it is
     * estimated from the hour before (in proportion to the time elapsed); that keeps an evaluation a function of
     * complete hours only.
     */
    public Exposures exposures(long instant, int windowDays, int baselineDays) {
        int today = EventTime.day(instant);
        long windowStart = EventTime.dayStart(today - windowDays + 1);
        long baselineStart = EventTime.dayStart(today - windowDays - baselineDays + 1);
        if (hourly.isEmpty()) {
            // Nothing observed yet: calendar exposure, and no history, so that nothing can alert before news flows.
            return new Exposures(baselineDays, (instant - windowStart) / (double) EventTime.DAY_MS, 0, false, 0);
        }
        long observedFrom = hourly.firstKey() * EventTime.HOUR_MS;
        long baselineFrom = Math.max(baselineStart, observedFrom);
        double baselineDaysSeen = Math.max(0, windowStart - baselineFrom) / (double) EventTime.DAY_MS;
        double baselineVolume = volume(EventTime.hour(baselineFrom), EventTime.hour(windowStart));
        long recentFrom = Math.max(windowStart, observedFrom);
        double recentDaysSeen = Math.max(0, instant - recentFrom) / (double) EventTime.DAY_MS;
        double recentVolume = volumeUpTo(recentFrom, instant);
        double perDay = baselineDaysSeen >= 1 && baselineVolume > 0 ? baselineVolume / baselineDaysSeen
                : recentDaysSeen > 0 && recentVolume > 0 ? recentVolume / recentDaysSeen : 0;
        if (perDay == 0) {
            return new Exposures(baselineDaysSeen, recentDaysSeen, baselineDaysSeen, false, 0);
        }
        return new Exposures(baselineVolume / perDay, recentVolume / perDay, baselineDaysSeen, true, perDay);
    }

    /**
     * Articles from {@code from} up to {@code instant}; the hour holding the instant is estimated from the hour
     * before it, in proportion to the time elapsed.
     */
    private double volumeUpTo(long from, long instant) {
        if (instant <= from) {
            return 0;
        }
        long fromHour = EventTime.hour(from);
        long instantHour = EventTime.hour(instant);
        double sum = volume(fromHour, instantHour);
        if (instantHour - 1 >= fromHour) {
            double elapsed = (instant - instantHour * EventTime.HOUR_MS) / (double) EventTime.HOUR_MS;
            sum += elapsed * count(instantHour - 1);
        }
        return sum;
    }

    /**
     * The surge days of a recent window up to {@code instant}: days on which news volume ran above {@code factor}
     * times the baseline's average day (the current day judged on its part so far), and their exposure. Under the
     * model a surge day carries proportionately more contact; the rate model asks a rise to show on the other
     * days too, so that the extra contact of one surging news day is never the evidence of a rise.
     */
    public Surge surge(long instant, int windowDays, Exposures exposures, double factor) {
        if (!exposures.normalised() || exposures.perDay() <= 0) {
            return Surge.NONE;
        }
        int today = EventTime.day(instant);
        long observedFrom = hourly.firstKey() * EventTime.HOUR_MS;
        List<Integer> days = new ArrayList<>();
        double exposure = 0;
        for (int day = today - windowDays + 1; day <= today; day++) {
            long from = Math.max(EventTime.dayStart(day), observedFrom);
            long to = Math.min(EventTime.dayStart(day + 1), instant);
            if (to <= from) {
                continue;
            }
            double dayExposure = volumeUpTo(from, to) / exposures.perDay();
            double span = (to - from) / (double) EventTime.DAY_MS;
            if (dayExposure > factor * span) {
                days.add(day);
                exposure += dayExposure;
            }
        }
        return days.isEmpty() ? Surge.NONE : new Surge(List.copyOf(days), exposure);
    }

    /**
     * Exposures of one test, in days of average volume.
     *
     * @param baseline exposure of the baseline period
     * @param recent exposure of the recent window so far
     * @param historyDays calendar days of the baseline period covered by observed volume
     * @param normalised false when no volume was available and calendar days were used
     * @param perDay the average daily volume one day of exposure stands for (0 when not normalised)
     */
    public record Exposures(double baseline, double recent, double historyDays, boolean normalised, double perDay) {
    }

    /**
     * The surge days of a recent window.
     *
     * @param days the surge days, oldest first
     * @param exposure their exposure, in days of average volume
     */
    public record Surge(List<Integer> days, double exposure) {
        /** No surge day. */
        public static final Surge NONE = new Surge(List.of(), 0);
    }
}
