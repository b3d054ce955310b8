package dev.dyadwatch.alerts;

import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DyadAlert;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores alerts against a truth of rising dyads: precision, recall and detection delay.
 *
 * <p>Alert records are folded into episodes by alert id (the last record of an id is its final state);
 * episodes that ended RETRACTED are not alerts, nor are open episodes a later record of the same dyad replaced
 * with another id (late reports moved the opening: the compacted topic keeps only the replacement). An episode
 * detects a rise of the same dyad when it opened between the rise's start and its end plus the tolerance
 * (reports of the last contacts trickle in). Precision
 * is the share of episodes that detect some rise; recall the share of rises detected; the detection delay of a
 * rise is event time from its start to the opening of its first detecting episode.
 */
public final class AlertScorer {

    /**
     * A dyad whose contact rose over an interval, as a scenario's truth states it.
     *
     * @param dyad the dyad
     * @param start event time the rise began
     * @param end event time the rise ended (contact back to baseline), or null when it lasts to the end
     */
    public record Rise(String dyad, Instant start, Instant end) {
        public Rise {
            Objects.requireNonNull(dyad, "dyad");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * One rise and what the alerts made of it.
     *
     * @param rise the rise
     * @param openedAt event time of the first detecting episode, or null when missed
     * @param delay openedAt minus the rise's start, or null when missed
     * @param resolvedAt event time that episode resolved, or null while open or when missed
     */
    public record Detection(Rise rise, Instant openedAt, Duration delay, Instant resolvedAt) {
        public boolean detected() {
            return openedAt != null;
        }
    }

    /**
     * The score.
     *
     * @param episodes alert episodes (not retracted)
     * @param correctEpisodes episodes that detect some rise
     * @param precision correctEpisodes / episodes (1 when there are none)
     * @param recall detected rises / rises (1 when there are none)
     * @param detections every rise, in the order given
     * @param falseAlarms episodes that detect no rise: dyad and alert id
     */
    public record Score(int episodes, int correctEpisodes, double precision, double recall,
            List<Detection> detections, List<String> falseAlarms) {

        /** The longest delay among detected rises, or null when none was detected. */
        public Duration maxDelay() {
            return detections.stream().map(Detection::delay).filter(Objects::nonNull).max(Duration::compareTo)
                    .orElse(null);
        }
    }

    private AlertScorer() {
    }

    /**
     * The rises a ground-truth file expects alerts for: its {@code expectedAlerts}, each with a {@code dyad}, a
     * {@code from} date and an end date in {@code until} (the sample corpus's truth) or {@code resolveAfter} (a
     * generated scenario's truth), null when the rise lasts. Dates are UTC days. The file is read as a stream:
     * a truth with a million articles costs no more memory than its expected alerts.
     */
    public static List<Rise> expectedRises(Path truth) throws IOException {
        List<Rise> rises = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(truth.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(truth + " is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (!field.equals("expectedAlerts")) {
                    json.skipChildren();
                    continue;
                }
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    String dyad = null;
                    String from = null;
                    String until = null;
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String name = json.currentName();
                        json.nextToken();
                        String value = json.currentToken() == JsonToken.VALUE_NULL ? null : json.getValueAsString();
                        switch (name) {
                            case "dyad" -> dyad = value;
                            case "from" -> from = value;
                            case "until", "resolveAfter" -> until = value;
                            default -> json.skipChildren();
                        }
                    }
                    if (dyad == null || from == null) {
                        throw new IOException(truth + ": an expected alert lacks its dyad or its first day");
                    }
                    rises.add(new Rise(dyad, day(from), until == null ? null : day(until)));
                }
            }
        }
        return rises;
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Scores {@code alerts} (in the order they were published) against {@code rises}.
     *
     * @param tolerance how long after a rise's end an episode may still open and count as detecting it
     */
    public static Score score(List<DyadAlert> alerts, List<Rise> rises, Duration tolerance) {
        Map<String, DyadAlert> episodes = new LinkedHashMap<>();
        Map<String, DyadAlert> latestByDyad = new LinkedHashMap<>();
        for (DyadAlert alert : alerts) {
            DyadAlert previous = latestByDyad.put(alert.getDyad(), alert);
            if (previous != null && !previous.getAlertId().equals(alert.getAlertId())
                    && (previous.getStatus() == AlertStatus.OPENED || previous.getStatus() == AlertStatus.ESCALATED)) {
                episodes.remove(previous.getAlertId());
            }
            episodes.put(alert.getAlertId(), alert);
        }
        episodes.values().removeIf(a -> a.getStatus() == AlertStatus.RETRACTED);
        List<Detection> detections = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int correct = 0;
        for (DyadAlert episode : episodes.values()) {
            if (rises.stream().anyMatch(rise -> detects(episode, rise, tolerance))) {
                correct++;
            } else {
                falseAlarms.add(episode.getDyad() + " " + episode.getAlertId());
            }
        }
        int detected = 0;
        for (Rise rise : rises) {
            DyadAlert first = episodes.values().stream().filter(e -> detects(e, rise, tolerance))
                    .min((x, y) -> x.getOpenedAt().compareTo(y.getOpenedAt())).orElse(null);
            if (first == null) {
                detections.add(new Detection(rise, null, null, null));
            } else {
                detected++;
                Instant resolved = first.getStatus() == AlertStatus.RESOLVED ? first.getUpdatedAt() : null;
                detections.add(new Detection(rise, first.getOpenedAt(),
                        Duration.between(rise.start(), first.getOpenedAt()), resolved));
            }
        }
        double precision = episodes.isEmpty() ? 1.0 : correct / (double) episodes.size();
        double recall = rises.isEmpty() ? 1.0 : detected / (double) rises.size();
        return new Score(episodes.size(), correct, precision, recall, detections, falseAlarms);
    }

    private static boolean detects(DyadAlert episode, Rise rise, Duration tolerance) {
        if (!episode.getDyad().equals(rise.dyad())) {
            return false;
        }
        Instant opened = episode.getOpenedAt();
        return !opened.isBefore(rise.start())
                && (rise.end() == null || !opened.isAfter(rise.end().plus(tolerance)));
    }
}
