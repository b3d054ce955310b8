package dev.dyadwatch.dyads;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything counted for one dyad on one UTC day.
 *
 * @param day the UTC day
 * @param events distinct events
 * @param reports reports merged into them
 * @param sources distinct outlets of those reports
 * @param eventsByCameo distinct events per CAMEO code
 * @param newest the newest events of the day, newest first, at most the evidence limit
 */
public record DayTotals(int day, int events, int reports, SortedSet<String> sources,
        SortedMap<String, Integer> eventsByCameo, List<MergedEvent> newest) {

    public DayTotals {
        sources = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(sources));
        eventsByCameo = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(eventsByCameo));
        newest = List.copyOf(newest);
    }

    /** A day without contact. */
    public static DayTotals empty(int day) {
        return new DayTotals(day, 0, 0, new TreeSet<>(), new TreeMap<>(), List.of());
    }

    /** The totals of several days: sums, with outlets counted once. */
    public static Summed sum(Iterable<DayTotals> days) {
        int events = 0;
        int reports = 0;
        TreeSet<String> sources = new TreeSet<>();
        TreeMap<String, Integer> byCameo = new TreeMap<>();
        for (DayTotals day : days) {
            events += day.events();
            reports += day.reports();
            sources.addAll(day.sources());
            day.eventsByCameo().forEach((cameo, n) -> byCameo.merge(cameo, n, Integer::sum));
        }
        return new Summed(events, reports, sources.size(), byCameo);
    }

    /**
     * Totals over several days.
     *
     * @param events distinct events
     * @param reports reports
     * @param sources distinct outlets
     * @param eventsByCameo distinct events per CAMEO code
     */
    public record Summed(int events, int reports, int sources, Map<String, Integer> eventsByCameo) {
    }
}
