package dev.dyadwatch.generator;

import dev.dyadwatch.avro.DateGranularity;
import java.time.LocalDate;

/**
 * A date as an article words it, with the date a careful reader resolves it to: the first day of the period the
 * words allow ("earlier this week" is the Monday, "in June" the first of June) and that period's granularity.
 *
 * @param text the words ("on Tuesday", "23 years ago"); empty when the article gives no date
 * @param date the resolved date
 * @param granularity the period the words pin down; PUBLICATION when the article gives no date
 */
record DatePhrase(String text, LocalDate date, DateGranularity granularity) {
}
