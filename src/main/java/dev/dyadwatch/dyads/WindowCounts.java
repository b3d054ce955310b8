package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.DyadWindowCount;
import dev.dyadwatch.avro.WindowKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Builds the {@code dyad-counts} records of a dyad: one per changed UTC day (DAILY) and the recent window the
 * rate model tests, ending with the watermark's day (RECENT).
 */
final class WindowCounts {

    private final int windowDays;
    private final DyadStore store;

    WindowCounts(int windowDays, DyadStore store) {
        this.windowDays = windowDays;
        this.store = store;
    }

    /** The counts of {@code days} and of the recent window after a replay. */
    List<DyadOutput> after(String dyad, DyadTimeline.Replay replay, List<Integer> days, long watermark,
            long updatedAt) {
        Map<Integer, DayTotals> unfrozen = replay.totals();
        DyadState state = replay.state();
        return records(dyad, days, watermark, updatedAt, day -> day >= state.checkpointDay() - 1
                ? unfrozen.getOrDefault(day, DayTotals.empty(day)) : frozen(dyad, state, day));
    }

    /** The counts of {@code day} and of the recent window from the stored state (no replay). */
    List<DyadOutput> fromState(String dyad, DyadState state, int day, long watermark, long updatedAt) {
        return records(dyad, List.of(day), watermark, updatedAt, d -> state == null ? DayTotals.empty(d)
                : d >= state.checkpointDay() - 1 ? state.unfrozenTotals(d) : frozen(dyad, state, d));
    }

    private DayTotals frozen(String dyad, DyadState state, int day) {
        DayTotals details = store.details(dyad, day, day).get(day);
        if (details != null) {
            return details;
        }
        return new DayTotals(day, state.frozenCount(day), 0, new java.util.TreeSet<>(), new java.util.TreeMap<>(),
                List.of());
    }

    private List<DyadOutput> records(String dyad, List<Integer> days, long watermark, long updatedAt,
            IntFunction<DayTotals> totals) {
        List<DyadOutput> out = new ArrayList<>();
        for (int day : days) {
            out.add(new DyadOutput.Count(dyad, record(dyad, WindowKind.DAILY, day, day, List.of(totals.apply(day)),
                    updatedAt)));
        }
        int today = EventTime.day(watermark);
        List<DayTotals> recent = new ArrayList<>();
        for (int day = today - windowDays + 1; day <= today; day++) {
            recent.add(totals.apply(day));
        }
        out.add(new DyadOutput.Count(dyad, record(dyad, WindowKind.RECENT, today - windowDays + 1, today, recent,
                updatedAt)));
        return out;
    }

    private DyadWindowCount record(String dyad, WindowKind kind, int firstDay, int lastDay, List<DayTotals> days,
            long updatedAt) {
        DayTotals.Summed sum = DayTotals.sum(days);
        int coMentions = 0;
        for (int day = firstDay; day <= lastDay; day++) {
            coMentions += store.coMentions(dyad, day);
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
