package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.DyadWindowCount;
import dev.dyadwatch.avro.WindowKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Builds the {@code dyad-counts} records of a dyad: one per changed UTC day (DAILY) and one per recent window
 * the rate model tests, ending with the watermark's day (RECENT).
 */
final class WindowCounts {

    private final List<Integer> windowDays;
    private final DyadStore store;

    WindowCounts(List<Integer> windowDays, DyadStore store) {
        this.windowDays = windowDays;
        this.store = store;
    }

    /** The counts of {@code days} and of the recent windows after a replay. */
    List<DyadOutput> after(String dyad, DyadTimeline.Replay replay, List<Integer> days, long watermark,
            long updatedAt) {
        Map<Integer, DayTotals> unfrozen = replay.totals();
        DyadState state = replay.state();
        return records(dyad, state, days, watermark, updatedAt,
                day -> unfrozen.getOrDefault(day, DayTotals.empty(day)));
    }

    /** The counts of {@code day} and of the recent windows from the stored state (no replay). */
    List<DyadOutput> fromState(String dyad, DyadState state, int day, long watermark, long updatedAt) {
        return records(dyad, state, List.of(day), watermark, updatedAt,
                d -> state == null ? DayTotals.empty(d) : state.unfrozenTotals(d));
    }

    /**
     * Builds the records; days from {@code C - 1} on come from {@code unfrozen}, earlier ones from the frozen
     * details (read in one range) or, past those, the frozen counts alone.
     */
    private List<DyadOutput> records(String dyad, DyadState state, List<Integer> days, long watermark,
            long updatedAt, IntFunction<DayTotals> unfrozen) {
        int today = EventTime.day(watermark);
        int longest = windowDays.get(windowDays.size() - 1);
        int firstFrozen = Math.min(today - longest + 1, days.stream().min(Integer::compare).orElse(today));
        int lastFrozen = state == null ? Integer.MIN_VALUE : state.checkpointDay() - 2;
        Map<Integer, DayTotals> details = state == null || firstFrozen > lastFrozen ? Map.of()
                : store.details(dyad, firstFrozen, lastFrozen);
        IntFunction<DayTotals> totals = day -> {
            if (state == null || day > lastFrozen) {
                return unfrozen.apply(day);
            }
            DayTotals found = details.get(day);
            return found != null ? found : new DayTotals(day, state.frozenCount(day), 0, new java.util.TreeSet<>(),
                    new java.util.TreeMap<>(), List.of());
        };
        int lastDay = Math.max(today, days.stream().max(Integer::compare).orElse(today));
        Map<Integer, Integer> coMentions = store.coMentions(dyad, firstFrozen, lastDay);
        List<DyadOutput> out = new ArrayList<>();
        for (int day : days) {
            out.add(new DyadOutput.Count(dyad, record(dyad, WindowKind.DAILY, day, day, List.of(totals.apply(day)),
                    coMentions, updatedAt)));
        }
        for (int length : windowDays) {
            List<DayTotals> recent = new ArrayList<>();
            for (int day = today - length + 1; day <= today; day++) {
                recent.add(totals.apply(day));
            }
            out.add(new DyadOutput.Count(dyad, record(dyad, WindowKind.RECENT, today - length + 1, today, recent,
                    coMentions, updatedAt)));
        }
        return out;
    }

    private static DyadWindowCount record(String dyad, WindowKind kind, int firstDay, int lastDay,
            List<DayTotals> days, Map<Integer, Integer> coMentionsByDay, long updatedAt) {
        DayTotals.Summed sum = DayTotals.sum(days);
        int coMentions = 0;
        for (int day = firstDay; day <= lastDay; day++) {
            coMentions += coMentionsByDay.getOrDefault(day, 0);
        }
        return DyadWindowCount.newBuilder()
                .setDyad(dyad)
                .setWindow(kind)
                .setWindowStart(Instant.ofEpochMilli(EventTime.dayStart(firstDay)))
                .setWindowEnd(Instant.ofEpochMilli(EventTime.dayStart(lastDay + 1)))
                .setEvents(sum.events())
                .setReports(sum.reports())
                .setSources(sum.sources())
                .setCoMentionArticles(coMentions)
                .setEventsByCameo(sum.eventsByCameo())
                .setUpdatedAt(Instant.ofEpochMilli(updatedAt))
                .build();
    }
}
