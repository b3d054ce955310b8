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
 * <p>Time is event time. <em>Progress</em> is the latest publication time seen. <em>Aligned</em> is the least,
 * over the upstream partitions of articles, of the latest article time each has delivered: every partition has
 * reached it. Dyads are evaluated up to the aligned time, so that even in a fast replay, where one upstream
 * partition runs days ahead of another, no instant is judged before all its news volume is in; when no article
 * has arrived for {@code dyads.idle.ms} of wall-clock time, the silent partitions count as caught up and dyads
 * are evaluated up to progress. Inputs more than the grace behind the aligned time are too late, and instants
 * before it minus the grace are settled. Every task receives every article's time, so all tasks agree.
 *
 * <p>A dyad is re-evaluated from its checkpoint whenever one of its reports arrives, so that its state is a
 * function of its reports and not of their order; when the evaluated time enters a new day every dyad is
 * re-evaluated (an open alert may resolve, settled days freeze); and when article counts arrive for an hour some
 * dyad was already evaluated past, the dyads concerned are re-evaluated at the next {@link #punctuate}.
 */
public final class DyadEngine {

    static final String PROGRESS = "progress";
    static final String BOUND = "evaluated-until";
    static final String SWEPT_DAY = "swept-day";
    static final String MAX_EVALUATED = "max-evaluated";
    static final String DIRTY_HOUR = "dirty-hour";
    static final String SOURCE = "source-";

    private final DyadSettings dyads;
    private final AlertSettings alerts;
    private final DyadStore store;
    private final CountingPolicy policy;
    private final DyadTimeline timeline;
    private final WindowCounts counts;
    private final VolumeIndex volume = new VolumeIndex();
    /** Task-level numbers, read from the store once and written through (every article touches them). */
    private final long[] sources;
    private final java.util.TreeMap<String, Long> pending = new java.util.TreeMap<>();
    private long progress;
    private long bound;
    private long lastArticleWallClock = Long.MIN_VALUE;
    private long sweptDay;
    private long maxEvaluated;
    private long dirtyHour;

    /**
     * An engine over {@code store}.
     *
     * @param sourcePartitions partitions of the article topic upstream: the aligned watermark waits for each
     */
    public DyadEngine(DyadSettings dyads, AlertSettings alerts, DyadStore store, int sourcePartitions) {
        if (sourcePartitions < 1) {
            throw new IllegalArgumentException("the dyad stage needs at least one upstream partition");
        }
        this.dyads = dyads;
        this.alerts = alerts;
        this.store = store;
        this.policy = new CountingPolicy(dyads);
        this.timeline = new DyadTimeline(dyads, alerts);
        this.counts = new WindowCounts(alerts.windowDays(), store);
        store.volume().forEach(volume::put);
        this.sources = new long[sourcePartitions];
        for (int i = 0; i < sourcePartitions; i++) {
            sources[i] = store.meta(SOURCE + i, Long.MIN_VALUE);
        }
        this.progress = store.meta(PROGRESS, Long.MIN_VALUE);
        this.bound = store.meta(BOUND, Long.MIN_VALUE);
        pending.putAll(store.pending());
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
        String problem = timeProblem(report.publishedAt(), report.publishedAt(), now);
        if (report.time() < 0 && problem == null) {
            problem = "event time " + Instant.ofEpochMilli(report.time()) + " is before 1970";
        }
        if (problem != null) {
            return List.of(new DyadOutput.Rejected("contact " + report.eventId() + " of " + event.getDyad() + ": "
                    + problem));
        }
        long aligned = aligned();
        if (aligned != Long.MIN_VALUE && report.time() < aligned - dyads.grace().toMillis()) {
            // A fresh article recalling a contact of a settled day ("the call on Monday" a week on): it was
            // counted when it was reported at the time, and settled days do not change.
            return List.of();
        }
        String dyad = event.getDyad();
        if (!store.addReport(dyad, report)) {
            return List.of();
        }
        List<DyadOutput> out = new ArrayList<>();
        advance(Math.max(report.publishedAt(), report.time()));
        DyadTimeline.Replay replay = evaluate(dyad, out, report.time());
        // A report can change its own day, the day before (an undated one joining it) and the day after (whose
        // undated reports it can now draw in).
        List<Integer> days = new ArrayList<>(List.of(report.day() - 1, report.day()));
        if (report.day() + 1 <= EventTime.day(progress)) {
            days.add(report.day() + 1);
        }
        out.addAll(counts.after(dyad, replay, days, progress, report.time()));
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
        advance(publishedAt);
        return counts.fromState(dyad, store.state(dyad), day, progress, publishedAt);
    }

    /**
     * An article published at {@code publishedAt}, read from upstream partition {@code source}: news volume, and
     * time moving on.
     */
    public List<DyadOutput> onArticle(long publishedAt, int source, long now) {
        if (source < 0 || source >= sources.length) {
            return List.of(new DyadOutput.Rejected("article from upstream partition " + source + ", but the dyad "
                    + "stage expects " + sources.length + "; give every topic the same number of partitions"));
        }
        lastArticleWallClock = now;
        if (timeProblem(publishedAt, publishedAt, now) != null) {
            return List.of();
        }
        if (publishedAt > sources[source]) {
            sources[source] = publishedAt;
            store.putMeta(SOURCE + source, publishedAt);
        }
        long hour = EventTime.hour(publishedAt);
        volume.add(hour, 1);
        store.putVolume(hour, volume.count(hour));
        if ((hour + 1) * EventTime.HOUR_MS <= maxEvaluated && hour < dirtyHour) {
            dirtyHour = hour;
            store.putMeta(DIRTY_HOUR, dirtyHour);
        }
        advance(publishedAt);
        List<DyadOutput> out = new ArrayList<>();
        raiseBound(aligned(), out);
        return out;
    }

    /**
     * The wall-clock punctuation: after {@code dyads.idle.ms} without articles, evaluates up to progress; then
     * re-evaluates the dyads whose evaluations used hours that have since received late article counts.
     */
    public List<DyadOutput> punctuate(long now) {
        List<DyadOutput> out = new ArrayList<>();
        if (lastArticleWallClock == Long.MIN_VALUE) {
            lastArticleWallClock = now;
        } else if (now - lastArticleWallClock >= dyads.idle().toMillis()) {
            raiseBound(progress, out);
        }
        long dirty = dirtyHour;
        if (dirty == Long.MAX_VALUE) {
            return out;
        }
        dirtyHour = Long.MAX_VALUE;
        store.putMeta(DIRTY_HOUR, dirtyHour);
        long affectedFrom = (dirty + 1) * EventTime.HOUR_MS;
        for (Map.Entry<String, Long> entry : List.copyOf(store.index().entrySet())) {
            if (entry.getValue() >= affectedFrom) {
                evaluate(entry.getKey(), out, Long.MIN_VALUE);
            }
        }
        return out;
    }

    /** The latest publication time seen. */
    public long progress() {
        return progress;
    }

    /** The latest instant dyads are evaluated up to. */
    public long evaluatedUntil() {
        return bound;
    }

    /** The least latest article time over the upstream partitions, or MIN_VALUE until each has delivered one. */
    public long aligned() {
        long least = Long.MAX_VALUE;
        for (long source : sources) {
            least = Math.min(least, source);
        }
        return least;
    }

    /** Why an input published at {@code published} with event time {@code time} cannot count, or null. */
    private String timeProblem(long published, long time, long now) {
        if (published > now + dyads.maxFuture().toMillis()) {
            return "publication time " + Instant.ofEpochMilli(published) + " is in the future";
        }
        long aligned = aligned();
        if (aligned != Long.MIN_VALUE && time < aligned - dyads.grace().toMillis()) {
            return "event time " + Instant.ofEpochMilli(time) + " is more than the grace ("
                    + dyads.grace().toHours() + " h) behind " + Instant.ofEpochMilli(aligned)
                    + ", which every upstream partition has passed; too late to count";
        }
        return null;
    }

    /** The first day not settled: unsettled until every upstream partition has delivered. */
    private int settledDay() {
        long aligned = aligned();
        return aligned == Long.MIN_VALUE ? Integer.MIN_VALUE / 2 : timeline.settledDay(aligned);
    }

    private void advance(long time) {
        if (time > progress) {
            progress = time;
            store.putMeta(PROGRESS, progress);
        }
    }

    /**
     * Evaluates up to {@code until} (never back): the dyads with reports waiting for it, and every dyad when a new
     * day begins (an open alert may resolve, settled days freeze, old article counts go).
     */
    private void raiseBound(long until, List<DyadOutput> out) {
        if (until <= bound || until == Long.MIN_VALUE) {
            return;
        }
        bound = until;
        store.putMeta(BOUND, bound);
        int today = EventTime.day(bound);
        if (sweptDay != Long.MIN_VALUE && today > sweptDay) {
            sweptDay = today;
            store.putMeta(SWEPT_DAY, sweptDay);
            for (String dyad : List.copyOf(store.index().keySet())) {
                evaluate(dyad, out, Long.MAX_VALUE);
            }
            int settled = settledDay();
            if (settled > Integer.MIN_VALUE / 2) {
                int keepFrom = settled - alerts.longestWindow() - alerts.baselineDays() - 2;
                for (long hour : volume.forgetBefore(EventTime.dayStart(keepFrom) / EventTime.HOUR_MS)) {
                    store.deleteVolume(hour);
                }
            }
        } else if (sweptDay == Long.MIN_VALUE) {
            sweptDay = today;
            store.putMeta(SWEPT_DAY, sweptDay);
        }
        for (Map.Entry<String, Long> waiting : List.copyOf(pending.entrySet())) {
            if (waiting.getValue() <= bound) {
                evaluate(waiting.getKey(), out, Long.MAX_VALUE);
            }
        }
    }

    /**
     * Replays one dyad and records what changed; publishes its alert when the current one differs.
     *
     * @param changedFrom the earliest event time whose inputs changed since its last evaluation: a new report's
     *        time, {@code Long.MAX_VALUE} for none, {@code Long.MIN_VALUE} for any (late news volume)
     */
    private DyadTimeline.Replay evaluate(String dyad, List<DyadOutput> out, long changedFrom) {
        DyadState state = store.state(dyad);
        boolean fromTip = state != null && changedFrom > state.lastInstant();
        if (state == null) {
            // Nothing of it is settled yet; before any settlement, any day may still come.
            state = DyadState.fresh(dyad, Math.max(0, settledDay()));
        }
        int checkpoint = state.checkpointDay();
        DyadTimeline.Replay replay = timeline.replay(state, store.reports(dyad, checkpoint - 2),
                (from, to) -> store.evidence(dyad, from, to), volume, bound, settledDay(), fromTip);
        replay.frozen().forEach(totals -> store.putDetails(dyad, totals));
        if (replay.pendingFrom() == Long.MAX_VALUE) {
            if (pending.remove(dyad) != null) {
                store.deletePending(dyad);
            }
        } else if (!Long.valueOf(replay.pendingFrom()).equals(pending.get(dyad))) {
            pending.put(dyad, replay.pendingFrom());
            store.putPending(dyad, replay.pendingFrom());
        }
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
