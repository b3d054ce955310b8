package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.LifecycleState;
import dev.dyadwatch.alerts.RateTest;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DailyCount;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link DyadAlert} records published on the alerts topic. */
final class AlertRecords {

    private AlertRecords() {
    }

    /**
     * The alert of an episode at one instant.
     *
     * @param firstDay the first day of the recent window
     * @param dailyCounts events per day of the recent window, oldest first
     * @param evidence the window's merged events, newest first
     */
    static DyadAlert build(String dyad, LifecycleState lifecycle, long instant, RateTest test, int firstDay,
            int[] dailyCounts, List<MergedEvent> evidence, String triggerArticleId) {
        List<DailyCount> days = new ArrayList<>(dailyCounts.length);
        for (int i = 0; i < dailyCounts.length; i++) {
            days.add(DailyCount.newBuilder().setDay(LocalDate.ofEpochDay(firstDay + i)).setEvents(dailyCounts[i])
                    .build());
        }
        return DyadAlert.newBuilder()
                .setAlertId(lifecycle.alertId())
                .setDyad(dyad)
                .setStatus(lifecycle.status())
                .setWindowStart(Instant.ofEpochMilli(EventTime.dayStart(firstDay)))
                .setWindowEnd(Instant.ofEpochMilli(EventTime.dayStart(firstDay + dailyCounts.length)))
                .setObserved(test.observed())
                .setExpected(test.expected())
                .setScore(test.score())
                .setRateRatio(test.rateRatio())
                .setDailyCounts(days)
                .setEvidence(evidence.stream().map(AlertRecords::evidence).toList())
                .setOpenedAt(Instant.ofEpochMilli(lifecycle.openedAt()))
                .setUpdatedAt(Instant.ofEpochMilli(instant))
                .setTriggerArticleId(triggerArticleId)
                .build();
    }

    /** The last alert sent, withdrawn at {@code instant}: late reports show it never held. */
    static DyadAlert retracted(DyadAlert last, long instant) {
        return DyadAlert.newBuilder(last).setStatus(AlertStatus.RETRACTED).setUpdatedAt(Instant.ofEpochMilli(instant))
                .setTriggerArticleId(null).build();
    }

    static Evidence evidence(MergedEvent event) {
        Report first = event.first();
        return Evidence.newBuilder()
                .setEventKey(event.key())
                .setCameo(event.cameo())
                .setPlover(event.plover())
                .setEventDate(Instant.ofEpochMilli(EventTime.dayStart(event.day())))
                .setTitle(first.title())
                .setUrl(first.url())
                .setSource(first.source())
                .setSentence(first.sentence())
                .setReports(event.reports())
                .setSources(event.sources())
                .build();
    }
}
