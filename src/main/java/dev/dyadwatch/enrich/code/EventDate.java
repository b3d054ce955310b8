package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.DateGranularity;
import java.time.LocalDate;

/**
 * A resolved date: the first day of a period and its granularity, and the period's last day.
 *
 * @param start first day
 * @param granularity DAY, WEEK (Monday to Sunday), MONTH, YEAR, or PUBLICATION for the article's own day
 * @param last last day of the period
 */
public record EventDate(LocalDate start, DateGranularity granularity, LocalDate last) {

    /** The publication day, used when the text gives no date. */
    public static EventDate publication(LocalDate day) {
        return new EventDate(day, DateGranularity.PUBLICATION, day);
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day, DateGranularity.DAY, day);
    }

    public static EventDate week(LocalDate monday) {
        return new EventDate(monday, DateGranularity.WEEK, monday.plusDays(6));
    }

    public static EventDate month(LocalDate first) {
        return new EventDate(first, DateGranularity.MONTH, first.plusMonths(1).minusDays(1));
    }

    public static EventDate year(int year) {
        return new EventDate(LocalDate.of(year, 1, 1), DateGranularity.YEAR, LocalDate.of(year, 12, 31));
    }

    /** True when the text gave no date. */
    public boolean isPublication() {
        return granularity == DateGranularity.PUBLICATION;
    }
}
