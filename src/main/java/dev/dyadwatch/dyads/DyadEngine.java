package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DyadAlert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dyad stage of one task, in plain Java: takes contact reports, co-mentions and article publication times,
 * keeps per-dyad state in a {@link DyadStore}, and returns the alerts and window counts to publish.
 *
 * <p>Time is event time. The watermark is the latest publication time seen by the task (every task sees every
 * article's time, so all tasks share it); inputs more than the grace behind it are too late. A dyad is
 * re-evaluated from its checkpoint whenever one of its reports arrives, so that its state is a function of its
 * reports and not of their order; when the watermark enters a new day every dyad is re-evaluated (an open
 * alert may resolve, settled days freeze); and when article counts arrive for an hour some dyad was already
 * evaluated past, the dyads concerned are re-evaluated at the next {@link #recheck()}.
 */
public final class DyadEngine {

    static final String WATERMARK = "watermark";
    static final String SWEPT_DAY = "swept-day";
    static final String MAX_EVALUATED = "max-evaluated";
    static final String DIRTY_HOUR = "dirty-hour";

    private final DyadSettings dyads;
    private final AlertSettings alerts;
    private final DyadStore store;
    private final CountingPolicy policy;
    private final DyadTimeline timeline;
    private final WindowCounts counts;
    private final VolumeIndex volume = new VolumeIndex();
    /** Task-level numbers, read from the store once and written through (every article touches them). */
    private long watermark;
    private long sweptDay;
    private long maxEvaluated;
    private long dirtyHour;

    public DyadEngine(DyadSettings dyads, AlertSettings alerts, DyadStore store) {
        this.dyads = dyads;
        this.alerts = alerts;
        this.store = store;
        this.policy = new CountingPolicy(dyads);
        this.timeline = new DyadTimeline(dyads, alerts);
        this.counts = new WindowCounts(alerts.windowDays(), store);
        store.volume().forEach(volume::put);
        this.watermark = store.meta(WATERMARK, Long.MIN_VALUE);
        this.sweptDay = store.meta(SWEPT_DAY, Long.MIN_VALUE);
        this.maxEvaluated = store.meta(MAX_EVALUATED, Long.MIN_VALUE);
        this.dirtyHour = store.meta(DIRTY_HOUR, Long.MAX_VALUE);
    }

    /** A contact report read under {@code key}, at wall-clock time {@code now}. */
    public List<DyadOutput> onContact(String key, ContactEvent event, long now) {
        CountingPolicy.Verdict verdict = policy.classify(key, event);
        if (verdict instanceof CountingPolicy.Invalid invalid) {
            return List.of(new DyadOutput.Rejected(invalid.reason()));
        }
        if (!(verdict instanceof CountingPolicy.Counted counted)) {
            return List.of();
        }
        Report report = counted.report();
        String problem = timeProblem(report.publishedAt(), Math.min(report.time(), report.publishedAt()), now);
        if (report.time() < 0 && problem == null) {
            problem = "event time " + Instant.ofEpochMilli(report.time()) + " is before 1970";
        }
        if (problem != null) {
            return List.of(new DyadOutput.Rejected("contact " + report.eventId() + " of " + event.getDyad() + ": "
                    + problem));
        }
        String dyad = event.getDyad();
        if (!store.addReport(dyad, report)) {
            return List.of();
        }
        List<DyadOutput> out = new ArrayList<>();
        advance(Math.max(report.publishedAt(), report.time()), out);
        DyadTimeline.Replay replay = evaluate(dyad, out);
        // A report can change its own day, the day before (an undated one joining it) and the day after (whose
        // undated reports it can now draw in).
        List<Integer> days = new ArrayList<>(List.of(report.day() - 1, report.day()));
        if (report.day() + 1 <= EventTime.day(watermark())) {
            days.add(report.day() + 1);
        }
        out.addAll(counts.after(dyad, replay, days, watermark(), report.time()));
        return out;
    }

    /** An article naming both countries of {@code dyad}, published at {@code publishedAt}. */
    public List<DyadOutput> onCoMention(String dyad, long publishedAt, long now) {
        if (!Dyads.isDyad(dyad) || timeProblem(publishedAt, publishedAt, now) != null) {
            // Counted nowhere: the article itself is in articles-enriched, only this derived count is skipped.
            return List.of();
        }
        int day = EventTime.day(publishedAt);
        store.addCoMention(dyad, day);
        List<DyadOutput> out = new ArrayList<>();
        advance(publishedAt, out);
        out.addAll(counts.fromState(dyad, store.state(dyad), day, watermark(), publishedAt));
        return out;
    }

    /** An article published at {@code publishedAt}: one more unit of news volume. */
    public List<DyadOutput> onArticle(long publishedAt, long now) {
        if (timeProblem(publishedAt, publishedAt, now) != null) {
            return List.of();
        }
        long hour = EventTime.hour(publishedAt);
        volume.add(hour, 1);
        store.putVolume(hour, volume.count(hour));
        if ((hour + 1) * EventTime.HOUR_MS <= maxEvaluated && hour < dirtyHour) {
            dirtyHour = hour;
            store.putMeta(DIRTY_HOUR, dirtyHour);
        }
        List<DyadOutput> out = new ArrayList<>();
        advance(publishedAt, out);
        return out;
    }

    /** Re-evaluates the dyads whose evaluations used hours that have since received late article counts. */
    public List<DyadOutput> recheck() {
        long dirty = dirtyHour;
        if (dirty == Long.MAX_VALUE) {
            return List.of();
        }
        dirtyHour = Long.MAX_VALUE;
        store.putMeta(DIRTY_HOUR, dirtyHour);
        long affectedFrom = (dirty + 1) * EventTime.HOUR_MS;
        List<DyadOutput> out = new ArrayList<>();
        for (Map.Entry<String, Long> entry : List.copyOf(store.index().entrySet())) {
            if (entry.getValue() >= affectedFrom) {
                evaluate(entry.getKey(), out);
            }
        }
        return out;
    }

    public long watermark() {
        return watermark;
    }

    /** Why an input published at {@code published} with event time {@code time} cannot count, or null. */
    private String timeProblem(long published, long time, long now) {
        if (published > now + dyads.maxFuture().toMillis()) {
            return "publication time " + Instant.ofEpochMilli(published) + " is in the future";
        }
        if (watermark != Long.MIN_VALUE && time < watermark - dyads.grace().toMillis()) {
            return "event time " + Instant.ofEpochMilli(time) + " is more than the grace ("
                    + dyads.grace().toHours() + " h) behind the latest publication time "
                    + Instant.ofEpochMilli(watermark) + "; too late to count";
        }
        return null;
    }

    /** Moves the watermark; entering a new day re-evaluates every dyad and forgets old article counts. */
    private void advance(long time, List<DyadOutput> out) {
        if (time <= watermark) {
            return;
        }
        watermark = time;
        store.putMeta(WATERMARK, watermark);
        int today = EventTime.day(watermark);
        if (sweptDay == Long.MIN_VALUE) {
            sweptDay = today;
            store.putMeta(SWEPT_DAY, sweptDay);
            return;
        }
        if (today <= sweptDay) {
            return;
        }
        sweptDay = today;
        store.putMeta(SWEPT_DAY, sweptDay);
        for (String dyad : List.copyOf(store.index().keySet())) {
            evaluate(dyad, out);
        }
        int keepFrom = timeline.settledDay(watermark) - alerts.longestWindow() - alerts.baselineDays() - 2;
        for (long hour : volume.forgetBefore(EventTime.dayStart(keepFrom) / EventTime.HOUR_MS)) {
            store.deleteVolume(hour);
        }
    }

    /** Replays one dyad and records what changed; publishes its alert when the current one differs. */
    private DyadTimeline.Replay evaluate(String dyad, List<DyadOutput> out) {
        DyadState state = store.state(dyad);
        if (state == null) {
            state = DyadState.fresh(dyad, timeline.settledDay(watermark));
        }
        int checkpoint = state.checkpointDay();
        DyadTimeline.Replay replay = timeline.replay(state, store.reports(dyad, checkpoint - 2),
                store.details(dyad, checkpoint - 1 - alerts.longestWindow(), checkpoint - 2), volume, watermark);
        replay.frozen().forEach(totals -> store.putDetails(dyad, totals));
        store.deleteReportsBefore(dyad, replay.keepReportsFrom());
        store.deleteDetailsBefore(dyad, replay.keepDetailsFrom());
        DyadState next = replay.state();
        DyadAlert last = next.lastEmitted();
        DyadAlert current = replay.current();
        if (current != null && !current.equals(last)) {
            out.add(new DyadOutput.Alert(dyad, current));
            next = next.withLastEmitted(current);
        } else if (current == null && last != null && last.getStatus() != AlertStatus.RETRACTED) {
            DyadAlert retracted = AlertRecords.retracted(last, Math.max(next.lastInstant(),
                    last.getUpdatedAt().toEpochMilli()));
            out.add(new DyadOutput.Alert(dyad, retracted));
            next = next.withLastEmitted(retracted);
        }
        if (next.lastInstant() > maxEvaluated) {
            maxEvaluated = next.lastInstant();
            store.putMeta(MAX_EVALUATED, maxEvaluated);
        }
        boolean settled = next.lastEmitted() == null
                || next.lastEmitted().getUpdatedAt().toEpochMilli() < EventTime.dayStart(next.checkpointDay());
        if (next.isIdle() && settled) {
            // Nothing left that could change or be needed: a fresh state later is the same as this one.
            store.deleteState(dyad);
            store.deleteIndex(dyad);
        } else {
            store.putState(next);
            store.putIndex(dyad, next.lastInstant());
        }
        return replay;
    }
}
