package dev.dyadwatch.generator;

import dev.dyadwatch.avro.DateGranularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Words for dates relative to an article's publication day, the way reporters write them: "on Tuesday",
 * "yesterday", "earlier this week", "on March 4", "last September", "23 years ago", "next month".
 */
final class DatePhrases {

    /** How a future date is used in a sentence: after a verb, after "for", or in a headline. */
    enum FutureForm { ADVERB, NOUN, HEADLINE }

    private DatePhrases() {
    }

    /** A phrase for a contact that happened on {@code day}, reported on {@code published} (same day or later). */
    static DatePhrase occurred(LocalDate published, LocalDate day, SplittableRandom random) {
        long daysBefore = ChronoUnit.DAYS.between(day, published);
        int pick = random.nextInt(10);
        if (pick == 0) {
            return new DatePhrase("", published, DateGranularity.PUBLICATION);
        }
        if (pick <= 2) {
            return exact(day, random);
        }
        if (daysBefore == 0) {
            return pick <= 4 ? new DatePhrase(pick == 3 ? "today" : "earlier today", day, DateGranularity.DAY)
                    : new DatePhrase("on " + weekday(day), day, DateGranularity.DAY);
        }
        if (daysBefore == 1) {
            return switch (pick) {
                case 3, 4 -> new DatePhrase("yesterday", day, DateGranularity.DAY);
                case 5 -> new DatePhrase("late on " + weekday(day), day, DateGranularity.DAY);
                case 6 -> new DatePhrase("on " + weekday(day) + " evening", day, DateGranularity.DAY);
                default -> new DatePhrase("on " + weekday(day), day, DateGranularity.DAY);
            };
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        boolean sameWeek = monday.equals(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        if (pick <= 4 && sameWeek) {
            return new DatePhrase("earlier this week", monday, DateGranularity.WEEK);
        }
        if (pick <= 4 && monday.plusWeeks(1).equals(published.with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY)))) {
            return new DatePhrase("last week", monday, DateGranularity.WEEK);
        }
        return daysBefore <= 6 ? new DatePhrase("on " + weekday(day), day, DateGranularity.DAY) : exact(day, random);
    }

    /** A phrase for a contact well in the past: "in 2019", "in March 2018", "23 years ago", "last September". */
    static DatePhrase past(LocalDate published, SplittableRandom random) {
        int year = published.getYear();
        switch (random.nextInt(4)) {
            case 0 -> {
                int back = 2 + random.nextInt(14);
                return new DatePhrase("in " + (year - back), LocalDate.of(year - back, 1, 1), DateGranularity.YEAR);
            }
            case 1 -> {
                int back = 1 + random.nextInt(10);
                int month = 1 + random.nextInt(12);
                return new DatePhrase("in " + monthName(month) + " " + (year - back),
                        LocalDate.of(year - back, month, 1), DateGranularity.MONTH);
            }
            case 2 -> {
                int back = 2 + random.nextInt(24);
                String count = back < 10 ? Lexicon.SMALL_NUMBERS[back - 2] : Integer.toString(back);
                return new DatePhrase(count + " years ago", LocalDate.of(year - back, 1, 1), DateGranularity.YEAR);
            }
            default -> {
                // "last <month>" only for a month later in the year than now: then it can only mean last year's.
                int current = published.getMonthValue();
                if (current == 12) {
                    return new DatePhrase("in " + (year - 1), LocalDate.of(year - 1, 1, 1), DateGranularity.YEAR);
                }
                int month = current + 1 + random.nextInt(12 - current);
                return new DatePhrase("last " + monthName(month), LocalDate.of(year - 1, month, 1),
                        DateGranularity.MONTH);
            }
        }
    }

    /** A phrase for a planned contact after {@code published}. */
    static DatePhrase future(LocalDate published, FutureForm form, SplittableRandom random) {
        int pick = random.nextInt(6);
        LocalDate firstOfMonth = published.withDayOfMonth(1);
        switch (pick) {
            case 0 -> {
                return new DatePhrase("next week", published.with(TemporalAdjusters.next(DayOfWeek.MONDAY)),
                        DateGranularity.WEEK);
            }
            case 1 -> {
                if (published.getDayOfMonth() <= 20 && form != FutureForm.HEADLINE) {
                    return new DatePhrase("later this month", firstOfMonth, DateGranularity.MONTH);
                }
                return new DatePhrase("next month", firstOfMonth.plusMonths(1), DateGranularity.MONTH);
            }
            case 2 -> {
                return new DatePhrase("next month", firstOfMonth.plusMonths(1), DateGranularity.MONTH);
            }
            case 3 -> {
                LocalDate month = firstOfMonth.plusMonths(2 + random.nextInt(3));
                String name = monthName(month.getMonthValue());
                return new DatePhrase(form == FutureForm.NOUN ? name : "in " + name, month, DateGranularity.MONTH);
            }
            case 4 -> {
                LocalDate day = published.plusDays(5 + random.nextInt(36));
                String name = monthName(day.getMonthValue()) + " " + day.getDayOfMonth();
                return new DatePhrase(form == FutureForm.ADVERB ? "on " + name : name, day, DateGranularity.DAY);
            }
            default -> {
                if (form == FutureForm.HEADLINE || published.getMonthValue() >= 11) {
                    return new DatePhrase("next month", firstOfMonth.plusMonths(1), DateGranularity.MONTH);
                }
                LocalDate december = LocalDate.of(published.getYear(), 12, 1);
                return new DatePhrase(form == FutureForm.NOUN ? "the end of the year" : "before the end of the year",
                        december, DateGranularity.MONTH);
            }
        }
    }

    private static DatePhrase exact(LocalDate day, SplittableRandom random) {
        String month = monthName(day.getMonthValue());
        String text = random.nextBoolean() ? "on " + month + " " + day.getDayOfMonth()
                : "on " + day.getDayOfMonth() + " " + month;
        return new DatePhrase(text, day, DateGranularity.DAY);
    }

    static String weekday(LocalDate day) {
        String name = day.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    static String monthName(int month) {
        return Lexicon.MONTHS[month - 1];
    }
}
