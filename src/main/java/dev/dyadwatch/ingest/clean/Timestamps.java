package dev.dyadwatch.ingest.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Machine-written timestamps as they appear in JSON exports, page metadata, feeds and HTTP headers: ISO-8601 with or
 * without an offset (no offset means UTC; a date alone means midnight UTC), RFC 1123 / RFC 822 dates of feeds and
 * HTTP, and epoch seconds or milliseconds.
 */
public final class Timestamps {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM ")
            .appendPattern("[yyyy][yy]")
            .appendPattern(" HH:mm[:ss]")
            .appendPattern(" [XXX][XX][X][z]")
            .toFormatter(Locale.ENGLISH);

    private Timestamps() {
    }

    /** The instant {@code text} names, or empty when it is not a timestamp in a format above. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (EPOCH.matcher(value).matches()) {
            long number = Long.parseLong(value);
            return Optional.of(value.length() >= 12 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number));
        }
        String iso = value.replace(' ', 'T');
        if (iso.length() > 10 && iso.charAt(10) == 'T') {
            iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
            Optional<Instant> instant = iso(iso);
            if (instant.isPresent()) {
                return instant;
            }
        } else if (iso.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.replaceAll("\\s+", " "), RFC_822).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> iso(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            // fall through: no offset, or a zone id
        }
        try {
            return Optional.of(ZonedDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            // fall through
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
