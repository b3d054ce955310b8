package dev.dyadwatch.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadwatch.avro.DailyCount;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.Evidence;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders alerts for people and for programs: a few lines a person reads at a glance (dyad and country names,
 * status, observed against expected, score, window, daily counts, the top evidence with source and title), or
 * one JSON object on one line. Used by {@code dyadwatch alerts} and the demo.
 */
public final class AlertFormatter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Map<String, String> CAMEO = Map.of("036", "intent to meet", "040", "consult",
            "041", "telephone", "042", "visit", "043", "hosted visit", "044", "meeting at a third place",
            "046", "talks", "057", "agreement signed", "062", "military cooperation");
    private static final int SENTENCE_CHARS = 160;

    private final int evidenceLines;

    /** A formatter showing at most {@code evidenceLines} pieces of evidence per alert in text. */
    public AlertFormatter(int evidenceLines) {
        this.evidenceLines = evidenceLines;
    }

    /** The alert as a few lines of text, ending with a line break. */
    public String text(DyadAlert alert) {
        StringBuilder out = new StringBuilder();
        long days = Duration.between(alert.getWindowStart(), alert.getWindowEnd()).toDays();
        out.append(String.format(Locale.ROOT, "%-9s %s  %s  %s%n", alert.getStatus(), alert.getDyad(),
                CountryNames.dyad(alert.getDyad()), MINUTE.format(alert.getUpdatedAt())));
        out.append(String.format(Locale.ROOT, "          %d events in %d days (%s to %s), %.1f expected: %.1fx, "
                        + "score %.1f; open since %s%n", alert.getObserved(), days, DAY.format(alert.getWindowStart()),
                DAY.format(alert.getWindowEnd().minusMillis(1)), alert.getExpected(), alert.getRateRatio(),
                alert.getScore(), MINUTE.format(alert.getOpenedAt())));
        StringBuilder daily = new StringBuilder();
        for (DailyCount count : alert.getDailyCounts()) {
            daily.append(count.getEvents() == 0 ? "." : count.getEvents() > 9 ? "+" : count.getEvents());
        }
        out.append("          per day: ").append(daily).append(System.lineSeparator());
        int shown = 0;
        for (Evidence evidence : alert.getEvidence()) {
            if (shown++ == evidenceLines) {
                out.append(String.format(Locale.ROOT, "          ... and %d more events%n",
                        alert.getEvidence().size() - evidenceLines));
                break;
            }
            out.append(String.format(Locale.ROOT, "          - %s %s %s: %s \"%s\" (%d report%s, %d source%s)%n",
                    DAY.format(evidence.getEventDate()), evidence.getCameo(),
                    CAMEO.getOrDefault(evidence.getCameo(), "contact"), evidence.getSource(), evidence.getTitle(),
                    evidence.getReports(), evidence.getReports() == 1 ? "" : "s", evidence.getSources().size(),
                    evidence.getSources().size() == 1 ? "" : "s"));
            out.append("            ").append(shorten(evidence.getSentence()));
            if (evidence.getUrl() != null) {
                out.append("  <").append(evidence.getUrl()).append('>');
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The alert as one line of JSON, without the line break. */
    public String json(DyadAlert alert) {
        ObjectNode node = JSON.createObjectNode();
        node.put("alertId", alert.getAlertId());
        node.put("dyad", alert.getDyad());
        node.put("countries", CountryNames.dyad(alert.getDyad()));
        node.put("status", alert.getStatus().toString());
        node.put("windowStart", iso(alert.getWindowStart()));
        node.put("windowEnd", iso(alert.getWindowEnd()));
        node.put("observed", alert.getObserved());
        node.put("expected", alert.getExpected());
        node.put("score", alert.getScore());
        node.put("rateRatio", alert.getRateRatio());
        ArrayNode daily = node.putArray("dailyCounts");
        for (DailyCount count : alert.getDailyCounts()) {
            daily.addObject().put("day", count.getDay().toString()).put("events", count.getEvents());
        }
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : alert.getEvidence()) {
            ObjectNode item = evidence.addObject();
            item.put("eventKey", e.getEventKey());
            item.put("cameo", e.getCameo());
            item.put("plover", e.getPlover());
            item.put("eventDate", iso(e.getEventDate()));
            item.put("title", e.getTitle());
            item.put("url", e.getUrl());
            item.put("source", e.getSource());
            item.put("sentence", e.getSentence());
            item.put("reports", e.getReports());
            ArrayNode sources = item.putArray("sources");
            e.getSources().forEach(sources::add);
        }
        node.put("openedAt", iso(alert.getOpenedAt()));
        node.put("updatedAt", iso(alert.getUpdatedAt()));
        node.put("triggerArticleId", alert.getTriggerArticleId());
        return node.toString();
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }

    private static String shorten(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").trim();
        return flat.length() <= SENTENCE_CHARS ? flat : flat.substring(0, SENTENCE_CHARS - 3) + "...";
    }
}
