package dev.dyadwatch.evaluation;

import dev.dyadwatch.alerts.AlertScorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The alert targets judged over a set of runs: every clear rise alerted (rise, rise-fade, the sample corpus); no
 * alert for one syndicated contact or a single event in their dyad, nor anywhere in the week all news volume
 * triples; each faded rise resolved after its end. Also the detection delays and the false alarms overall.
 */
public final class AlertVerdict {

    private final List<AlertEvaluation.Run> runs;

    public AlertVerdict(List<AlertEvaluation.Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** Rises planted over all runs. */
    public int rises() {
        return runs.stream().mapToInt(r -> r.score().detections().size()).sum();
    }

    /** Rises detected over all runs. */
    public long detected() {
        return runs.stream().flatMap(r -> r.score().detections().stream()).filter(AlertScorer.Detection::detected)
                .count();
    }

    /** Alert episodes over all runs, and those that detect no rise. */
    public int episodes() {
        return runs.stream().mapToInt(r -> r.score().episodes()).sum();
    }

    public int falseAlarms() {
        return runs.stream().mapToInt(r -> r.score().falseAlarms().size()).sum();
    }

    /** Alerts that must not be: in the focus dyad of syndication and single-event, in the volume spike's week. */
    public long forbiddenAlerts() {
        long forbidden = 0;
        for (AlertEvaluation.Run run : runs) {
            switch (run.name()) {
                case "syndication", "single-event" -> forbidden += run.focusEpisodesNearChange();
                case "volume-spike" -> forbidden += run.episodesNearChange();
                default -> {
                }
            }
        }
        return forbidden;
    }

    /** Faded rises, and those whose alert resolved after the rise's end. */
    public long fadedRises() {
        return fades().count();
    }

    public long resolvedAfterFade() {
        return fades().filter(d -> d.resolvedAt() != null && d.rise().end() != null
                && !d.resolvedAt().isBefore(d.rise().end())).count();
    }

    private java.util.stream.Stream<AlertScorer.Detection> fades() {
        return runs.stream().filter(r -> r.name().equals("rise-fade")).flatMap(r -> r.score().detections().stream())
                .filter(d -> d.rise().end() != null);
    }

    /** True when every target holds. */
    public boolean targetsMet() {
        return detected() == rises() && forbiddenAlerts() == 0 && resolvedAfterFade() == fadedRises();
    }

    /** The summary, one line each. */
    public List<String> lines() {
        List<Duration> delays = runs.stream().flatMap(r -> r.score().detections().stream())
                .map(AlertScorer.Detection::delay).filter(Objects::nonNull).sorted().toList();
        List<String> lines = new ArrayList<>();
        int episodes = episodes();
        lines.add(String.format(Locale.ROOT, "recall %d/%d rises; precision %s (%d of %d alert episodes detect a "
                + "rise; the others are false alarms)", detected(), rises(),
                episodes == 0 ? "-"
                        : String.format(Locale.ROOT, "%.3f", (episodes - falseAlarms()) / (double) episodes),
                episodes - falseAlarms(), episodes));
        lines.add(delays.isEmpty() ? "detection delay: none detected" : String.format(Locale.ROOT,
                "detection delay (event time from a rise's start to its alert): median %.1f days, max %.1f days",
                days(delays.get(delays.size() / 2)), days(delays.get(delays.size() - 1))));
        lines.add(String.format(Locale.ROOT, "targets: every clear rise alerted: %s; no alert for syndication, single "
                + "event or volume spike: %s (%d); resolved after the fade: %s (%d/%d)",
                detected() == rises() ? "yes" : "NO", forbiddenAlerts() == 0 ? "yes" : "NO", forbiddenAlerts(),
                resolvedAfterFade() == fadedRises() ? "yes" : "NO", resolvedAfterFade(), fadedRises()));
        return lines;
    }

    private static double days(Duration duration) {
        return duration.toMinutes() / 1440.0;
    }
}
