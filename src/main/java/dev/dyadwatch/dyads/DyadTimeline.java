package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertLifecycle;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.alerts.LifecycleState;
import dev.dyadwatch.alerts.RateModel;
import dev.dyadwatch.alerts.RateTest;
import dev.dyadwatch.alerts.WindowedTest;
import dev.dyadwatch.avro.DyadAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates one dyad from its checkpoint to now: a pure function of the settled state, the unsettled reports and
 * the news volume, so that the same inputs give the same alerts whatever order they arrived in.
 *
 * <p>Evaluation instants are the event times of the reports after the checkpoint and, while an alert is open,
 * the start of every UTC day (when an old event leaves the recent window, and when a quiet alert may resolve).
 * At each instant the rate model tests each recent window (the last {@code windowDays} days up to the instant's
 * day, counting the events known as of the instant) against the {@code baselineDays} before it, and the
 * lifecycle takes a step. The checkpoint then moves to the first day not yet settled (the latest publication
 * time seen minus the grace), freezing the days that can no longer change.
 */
public final class DyadTimeline {

    private final DyadSettings dyads;
    private final AlertSettings alerts;
    private final RateModel model;
    private final AlertLifecycle lifecycle;

    public DyadTimeline(DyadSettings dyads, AlertSettings alerts) {
        this.dyads = dyads;
        this.alerts = alerts;
        this.model = new RateModel(alerts);
        this.lifecycle = new AlertLifecycle(alerts);
    }

    /** The first day not settled when every input has reached {@code aligned}: earlier instants cannot change. */
    public int settledDay(long aligned) {
        return EventTime.day(aligned - dyads.grace().toMillis());
    }

    /**
     * Replays {@code state} up to {@code evaluateUntil}; reports after it count in the day totals but are
     * evaluated by a later replay.
     *
     * @param reports the dyad's stored reports dated from {@code C - 2} on (any order)
     * @param frozenEvidence reads the evidence of frozen days in a range; called only when an alert is built
     * @param evaluateUntil the latest instant that may be evaluated: every input up to it has arrived
     * @param settledDay the first day not settled: the checkpoint moves up to it
     * @param fromTip nothing the last evaluation used has changed (no report at or before its last instant, no
     *        late news volume): continue from it rather than from the checkpoint
     */
    public Replay replay(DyadState state, List<Report> reports, EvidenceReader frozenEvidence,
            VolumeIndex volume, long evaluateUntil, int settledDay, boolean fromTip) {
        return new Run(state, reports, frozenEvidence, volume, evaluateUntil, settledDay).run(fromTip);
    }

    /** Reads the evidence of the frozen days of a dyad in {@code [fromDay, toDay]}. */
    @FunctionalInterface
    public interface EvidenceReader {
        Map<Integer, List<MergedEvent>> read(int fromDay, int toDay);
    }

    /**
     * The outcome of a replay.
     *
     * @param state the new state (its last-emitted record unchanged)
     * @param current the alert record that is current now, or null when the dyad never alerted
     * @param frozen totals with evidence of the days frozen by this replay
     * @param totals totals of every unfrozen day as of now, by day
     * @param keepReportsFrom reports dated before this day are no longer needed
     * @param keepDetailsFrom frozen details of days before this day are no longer needed
     * @param pendingFrom the earliest event time of a report not evaluated yet, or {@code Long.MAX_VALUE}
     */
    public record Replay(DyadState state, DyadAlert current, List<DayTotals> frozen, Map<Integer, DayTotals> totals,
            int keepReportsFrom, int keepDetailsFrom, long pendingFrom) {
    }

    /** One replay's working state. */
    private final class Run {
        final DyadState state;
        final List<Report> reports;
        final EvidenceReader frozenEvidence;
        Map<Integer, List<MergedEvent>> evidenceRead;
        final VolumeIndex volume;
        final long evaluateUntil;
        final int settledDay;
        final EventMerger merger;
        final int checkpoint;
        final long[] frozenPrefix;

        Run(DyadState state, List<Report> reports, EvidenceReader frozenEvidence, VolumeIndex volume,
                long evaluateUntil, int settledDay) {
            this.state = state;
            this.reports = new ArrayList<>(reports);
            this.reports.sort(Report.MERGE_ORDER);
            this.frozenEvidence = frozenEvidence;
            this.volume = volume;
            this.evaluateUntil = evaluateUntil;
            this.settledDay = settledDay;
            this.merger = new EventMerger(state.dyad(), dyads.mergeWindow().toMillis(), alerts.evidenceMax());
            this.checkpoint = state.checkpointDay();
            int[] counts = state.frozenCounts();
            this.frozenPrefix = new long[counts.length + 1];
            for (int i = 0; i < counts.length; i++) {
                frozenPrefix[i + 1] = frozenPrefix[i] + counts[i];
            }
        }

        Replay run(boolean fromTip) {
            int newCheckpoint = Math.max(checkpoint, settledDay);
            long checkpointStart = EventTime.dayStart(checkpoint);
            long newCheckpointStart = EventTime.dayStart(newCheckpoint);
            // Continuing from the last evaluation is only possible while the checkpoint stays where it is.
            boolean tip = fromTip && state.tipLifecycle() != null && newCheckpoint == checkpoint
                    && state.lastInstant() >= checkpointStart;
            long startAfter = tip ? state.lastInstant() : checkpointStart - 1;
            int next = 0;
            while (next < reports.size() && reports.get(next).time() <= startAfter) {
                merger.add(reports.get(next++));
            }
            LifecycleState phase = tip ? state.tipLifecycle() : state.lifecycle();
            Current current = new Current(tip ? state.tipRecord() : state.checkpointRecord());
            LifecycleState savedPhase = tip ? state.lifecycle() : null;
            DyadAlert savedRecord = tip ? state.checkpointRecord() : null;
            long previous = startAfter;
            long last = state.lastInstant();
            while (true) {
                long nextReport = next < reports.size() ? reports.get(next).time() : Long.MAX_VALUE;
                long nextDay = phase.isOpen() ? EventTime.dayStart(EventTime.day(previous) + 1) : Long.MAX_VALUE;
                long instant = Math.min(nextReport, nextDay);
                if (instant == Long.MAX_VALUE || instant > evaluateUntil) {
                    break;
                }
                if (savedPhase == null && instant >= newCheckpointStart) {
                    savedPhase = phase;
                    savedRecord = current.record();
                }
                String trigger = null;
                while (next < reports.size() && reports.get(next).time() == instant) {
                    Report report = reports.get(next++);
                    merger.add(report);
                    trigger = report.articleId();
                }
                AlertLifecycle.Step step = lifecycle.step(state.dyad(), phase, instant, tests(instant));
                phase = step.state();
                switch (step.transition()) {
                    case OPENED, ESCALATED, UPDATED -> current.pending(phase, instant, step.test().test(), trigger);
                    case RESOLVED -> {
                        current.pending(phase, instant, step.test().test(), trigger);
                        current.record();
                    }
                    default -> {
                    }
                }
                previous = instant;
                last = Math.max(last, instant);
            }
            if (savedPhase == null) {
                savedPhase = phase;
                savedRecord = current.record();
            }
            DyadAlert now = current.record();
            long pendingFrom = next < reports.size() ? reports.get(next).time() : Long.MAX_VALUE;
            // Reports not evaluated yet still count in the day totals.
            while (next < reports.size()) {
                merger.add(reports.get(next++));
            }
            return finish(newCheckpoint, savedPhase, savedRecord, now, last, pendingFrom, phase);
        }

        private Replay finish(int newCheckpoint, LifecycleState savedPhase, DyadAlert savedRecord, DyadAlert now,
                long last, long pendingFrom, LifecycleState tip) {
            List<DayTotals> frozen = new ArrayList<>();
            int[] counts = state.frozenCounts();
            int firstDay = state.frozenFirstDay();
            int keepFrom = newCheckpoint - 2 - alerts.longestWindow() - alerts.baselineDays();
            int newFirst = Math.max(firstDay, keepFrom);
            int[] kept = new int[Math.max(0, newCheckpoint - 1 - newFirst)];
            for (int day = newFirst; day < newCheckpoint - 1; day++) {
                int count;
                if (day <= state.lastFrozenDay()) {
                    count = state.frozenCount(day);
                } else {
                    DayTotals totals = merger.totals(day);
                    frozen.add(totals);
                    count = totals.events();
                }
                kept[day - newFirst] = count;
            }
            int detailsFrom = newCheckpoint - 1 - alerts.longestWindow();
            frozen.removeIf(t -> t.day() < detailsFrom);
            Map<Integer, DayTotals> totals = new TreeMap<>();
            List<DayTotals> unfrozen = new ArrayList<>();
            // Days without reports have empty totals: only the span of the reports is listed.
            int spanFrom = reports.isEmpty() ? 1 : Math.max(newCheckpoint - 1, reports.get(0).day() - 1);
            int spanTo = reports.isEmpty() ? 0 : reports.get(reports.size() - 1).day() + 1;
            for (int day = spanFrom; day <= spanTo; day++) {
                DayTotals day1 = merger.totals(day);
                totals.put(day, day1);
                if (day1.reports() > 0) {
                    unfrozen.add(new DayTotals(day, day1.events(), day1.reports(), day1.sources(),
                            day1.eventsByCameo(), List.of()));
                }
            }
            DyadState next = new DyadState(state.dyad(), newCheckpoint, savedPhase, savedRecord, state.lastEmitted(),
                    newFirst, kept, unfrozen, last, tip, now);
            return new Replay(next, now, frozen, totals, newCheckpoint - 2, detailsFrom, pendingFrom);
        }

        /** Distinct events of {@code day}: frozen, or as merged so far. */
        int events(int day) {
            return day <= checkpoint - 2 ? state.frozenCount(day) : merger.events(day);
        }

        /** Distinct events over days {@code [from, to]}. */
        long events(int from, int to) {
            long sum = 0;
            int frozenTo = Math.min(to, checkpoint - 2);
            if (from <= frozenTo) {
                int first = state.frozenFirstDay();
                int a = Math.max(0, from - first);
                int b = Math.max(0, frozenTo - first + 1);
                a = Math.min(a, frozenPrefix.length - 1);
                b = Math.min(b, frozenPrefix.length - 1);
                sum += frozenPrefix[b] - frozenPrefix[a];
            }
            for (int day = Math.max(from, checkpoint - 1); day <= to; day++) {
                sum += merger.events(day);
            }
            return sum;
        }

        List<WindowedTest> tests(long instant) {
            int today = EventTime.day(instant);
            List<WindowedTest> tests = new ArrayList<>(alerts.windowDays().size());
            for (int windowDays : alerts.windowDays()) {
                int windowFirst = today - windowDays + 1;
                int observed = (int) events(windowFirst, today);
                int activeDays = 0;
                for (int day = windowFirst; day <= today && observed > 0; day++) {
                    activeDays += events(day) > 0 ? 1 : 0;
                }
                long baseline = events(windowFirst - alerts.baselineDays(), windowFirst - 1);
                VolumeIndex.Exposures exposures = volume.exposures(instant, windowDays, alerts.baselineDays());
                RateTest test = model.test(windowDays, observed, activeDays, baseline, exposures.baseline(),
                        exposures.recent(), exposures.historyDays());
                if (test.significant()) {
                    // Only a significant window can be undone by a surge day; the others need no day-by-day look.
                    VolumeIndex.Surge surge = volume.surge(instant, windowDays, exposures, alerts.surgeFactor());
                    int surgeEvents = 0;
                    int surgeActiveDays = 0;
                    for (int day : surge.days()) {
                        int events = events(day);
                        surgeEvents += events;
                        surgeActiveDays += events > 0 ? 1 : 0;
                    }
                    test = model.test(windowDays, observed, activeDays, baseline, exposures.baseline(),
                            exposures.recent(), exposures.historyDays(), surgeEvents, surgeActiveDays,
                            surge.exposure());
                }
                tests.add(new WindowedTest(windowDays, test));
            }
            return tests;
        }

        DyadAlert build(LifecycleState phase, long instant, RateTest test, String trigger) {
            int today = EventTime.day(instant);
            int windowFirst = today - phase.windowDays() + 1;
            int[] daily = new int[phase.windowDays()];
            List<MergedEvent> evidence = new ArrayList<>();
            for (int day = windowFirst; day <= today; day++) {
                daily[day - windowFirst] = events(day);
                if (day <= checkpoint - 2) {
                    if (evidenceRead == null) {
                        evidenceRead = frozenEvidence.read(checkpoint - 1 - alerts.longestWindow(), checkpoint - 2);
                    }
                    evidence.addAll(evidenceRead.getOrDefault(day, List.of()));
                } else {
                    evidence.addAll(merger.totals(day).newest());
                }
            }
            evidence.sort(MergedEvent.NEWEST_FIRST);
            return AlertRecords.build(state.dyad(), phase, instant, test, windowFirst, daily,
                    evidence.subList(0, Math.min(alerts.evidenceMax(), evidence.size())), trigger);
        }

        /** The current alert record, built only when needed (an open alert changes at every instant). */
        final class Current {
            DyadAlert built;
            LifecycleState phase;
            long instant;
            RateTest test;
            String trigger;

            Current(DyadAlert record) {
                this.built = record;
            }

            void pending(LifecycleState newPhase, long newInstant, RateTest newTest, String newTrigger) {
                built = null;
                phase = newPhase;
                instant = newInstant;
                test = newTest;
                trigger = newTrigger;
            }

            DyadAlert record() {
                if (built == null && phase != null) {
                    built = build(phase, instant, test, trigger);
                    phase = null;
                }
                return built;
            }
        }
    }
}
