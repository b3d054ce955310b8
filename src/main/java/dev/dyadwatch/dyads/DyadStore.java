package dev.dyadwatch.dyads;

import java.util.List;
import java.util.Map;

/**
 * Where the dyad stage keeps its state: Kafka Streams state stores in the topology, maps in tests. Every method
 * acts on the task's own partition of dyads.
 */
public interface DyadStore {

    /** The state of {@code dyad}, or null. */
    DyadState state(String dyad);

    void putState(DyadState state);

    void deleteState(String dyad);

    /** Stores a report unless one with its id is already stored for that day; true when stored. */
    boolean addReport(String dyad, Report report);

    /** The reports of {@code dyad} dated {@code fromDay} or later. */
    List<Report> reports(String dyad, int fromDay);

    void deleteReportsBefore(String dyad, int day);

    /** Frozen day totals of {@code dyad} for days {@code [fromDay, toDay]}, without their evidence. */
    Map<Integer, DayTotals> details(String dyad, int fromDay, int toDay);

    /** The evidence (newest merged events) of frozen days of {@code dyad} in {@code [fromDay, toDay]}. */
    Map<Integer, List<MergedEvent>> evidence(String dyad, int fromDay, int toDay);

    /** Stores a frozen day: its totals and, apart, its evidence (read only when an alert needs it). */
    void putDetails(String dyad, DayTotals totals);

    void deleteDetailsBefore(String dyad, int day);

    /** Counts one more article naming both countries of {@code dyad} on {@code day}; returns the new count. */
    int addCoMention(String dyad, int day);

    /** Articles naming both countries of {@code dyad} per day of {@code [fromDay, toDay]}; days without are absent. */
    Map<Integer, Integer> coMentions(String dyad, int fromDay, int toDay);

    /** Every dyad with state, with the latest instant it was evaluated at. */
    Map<String, Long> index();

    void putIndex(String dyad, long lastInstant);

    void deleteIndex(String dyad);

    /** Dyads with reports not evaluated yet, with the earliest event time among them. */
    Map<String, Long> pending();

    void putPending(String dyad, long from);

    void deletePending(String dyad);

    /** A task-level number (watermark, last swept day...), or {@code orElse}. */
    long meta(String key, long orElse);

    void putMeta(String key, long value);

    /** Articles per hour of publication. */
    Map<Long, Long> volume();

    void putVolume(long hour, long count);

    void deleteVolume(long hour);
}
