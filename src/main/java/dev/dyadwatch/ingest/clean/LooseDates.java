package dev.dyadwatch.ingest.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them on news pages: "March 3, 2024", "3 Mar 2024 10:45 PKT", "Sunday, March 3, 2024 at
 * 9:05 pm", "2024-03-03". Used to read the publication date of scraped text and to recognise date lines.
 */
public final class LooseDates {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "(?:(?<m1>" + MONTH + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})"
            + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + MONTH + "),?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})-(?<mo3>\\d{2})-(?<d3>\\d{2}))"
            + "(?:(?:,|\\s|\\||-|at)+(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?)?"
            + "(?:\\s*\\(?(?<zone>[a-z]{2,5}|[+-]\\d{2}:?\\d{2})\\b\\)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile("\\b(published|updated|posted|last|first|modified|on|at|"
            + "date|time|am|pm|and|by|staff|reporter)\\b|[^\\p{L}]", Pattern.CASE_INSENSITIVE);

    /** Offsets of the zone abbreviations news sites print; others are read as UTC. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("pkt", ZoneOffset.ofHours(5)), Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("cet", ZoneOffset.ofHours(1)),
            Map.entry("cest", ZoneOffset.ofHours(2)), Map.entry("eet", ZoneOffset.ofHours(2)),
            Map.entry("msk", ZoneOffset.ofHours(3)), Map.entry("gst", ZoneOffset.ofHours(4)),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("pst", ZoneOffset.ofHours(-8)),
            Map.entry("pdt", ZoneOffset.ofHours(-7)), Map.entry("jst", ZoneOffset.ofHours(9)),
            Map.entry("kst", ZoneOffset.ofHours(9)), Map.entry("aest", ZoneOffset.ofHours(10)),
            Map.entry("wib", ZoneOffset.ofHours(7)), Map.entry("sast", ZoneOffset.ofHours(2)),
            Map.entry("wat", ZoneOffset.ofHours(1)), Map.entry("eat", ZoneOffset.ofHours(3)));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private LooseDates() {
    }

    /** The first date (and time, if given) in {@code text}, as an instant; a date without a time is midnight UTC. */
    public static Optional<Instant> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<Instant> instant = toInstant(m);
            if (instant.isPresent()) {
                return instant;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code line} is a date with at most a "Published"/"Updated" label around it. */
    public static boolean isDateLine(String line) {
        Matcher m = DATE.matcher(line);
        if (!m.find() || toInstant(m).isEmpty()) {
            return false;
        }
        String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
        return FILLER.matcher(rest).replaceAll("").length() < 3;
    }

    private static Optional<Instant> toInstant(Matcher m) {
        try {
            LocalDate date;
            if (m.group("y1") != null) {
                date = LocalDate.of(year(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            } else if (m.group("y2") != null) {
                date = LocalDate.of(year(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            } else {
                date = LocalDate.of(year(m.group("y3")), Integer.parseInt(m.group("mo3")),
                        Integer.parseInt(m.group("d3")));
            }
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group("h") != null) {
                int hour = Integer.parseInt(m.group("h"));
                String ampm = m.group("ampm");
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(hour, Integer.parseInt(m.group("mi")));
            }
            return Optional.of(LocalDateTime.of(date, time).toInstant(zone(m.group("zone"))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("not a news year: " + year);
        }
        return year;
    }

    private static int month(String text) {
        Integer month = MONTHS.get(text.substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new IllegalArgumentException("not a month: " + text);
        }
        return month;
    }

    private static ZoneOffset zone(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        }
        return ZONES.getOrDefault(zone.toLowerCase(Locale.ROOT), ZoneOffset.UTC);
    }
}
