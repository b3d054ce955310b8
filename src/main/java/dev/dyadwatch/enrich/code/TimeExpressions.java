package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordClasses;
import dev.dyadwatch.enrich.text.WordSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the time expressions of a sentence ("on Tuesday", "last week", "in September", "last April", "June 5,
 * 2021", "in 2016", "23 years ago") and resolves them against the publication day, looking forward for planned
 * contacts and back for the rest. Durations and limits ("in 23 years", "since 1998", "by the end of 2022") are
 * not dates of an event and are left out.
 */
public final class TimeExpressions {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));
    private static final Set<String> NOT_EVENT_DATES = WordSet.of("since", "until", "till", "by", "through", "before",
            "ahead", "throughout", "after");

    private static final Set<String> RELATIVE_WORDS = WordSet.of("yesterday", "today", "tonight", "tomorrow", "week",
            "month", "year", "ago", "day", "days", "weeks", "months");
    private static final Set<String> ORDINALS = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "time", "times", "once", "twice");
    private static final Set<String> EARLIER_LATER = WordSet.of("earlier", "later");
    /** Words between the first and last day of a period: "25 to 27 October", "25-27 October". */
    private static final Set<String> RANGE_JOINTS = WordSet.of("to", "-", "\u2013", "and", "through", "till", "until");
    private static final java.util.regex.Pattern DAY_RANGE = java.util.regex.Pattern.compile(
            "([1-9]|[12][0-9]|3[01])[-\u2013]([1-9]|[12][0-9]|3[01])");


    private TimeExpressions() {
    }

    /** What kind of expression was found. */
    enum Kind { WEEKDAY, RELATIVE_DAY, RELATIVE_PERIOD, MONTH, YEAR, AGO, RELATIVE_TO, RELATIVE_CLAUSE }

    /**
     * One time expression, unresolved: tokens {@code [start, end)}.
     *
     * @param offset for WEEKDAY: -1 last, 0 plain, +1 next; for RELATIVE_DAY: days; for RELATIVE_PERIOD and
     *     MONTH ("last April"): -1, 0 or +1, or with unit 'Y' the year counted from publication ("March last
     *     year": -1); for AGO: the count; for RELATIVE_TO: how many units the contact
     *     lies after (+) or before (-) the sentence's own date ("a day after X met Y": -1)
     * @param unit for RELATIVE_PERIOD and AGO: 'D', 'W', 'M' or 'Y'; for MONTH: 'M', or 'Y' when the offset counts
     *     years
     */
    record Expression(int start, int end, Kind kind, int offset, char unit, DayOfWeek weekday, int month, int day,
            int year, String words) {
    }

    /** The expressions of one sentence, in order. */
    static List<Expression> find(List<Token> tokens) {
        List<Expression> found = all(tokens);
        found.removeIf(e -> !isRelative(e) && !isEventDate(tokens, e));
        return found;
    }

    /**
     * Resolves {@code e} among the other expressions of its sentence: an expression relative to another event
     * ("a day after ...", "the previous week") counts from the sentence's own date, the nearest other expression
     * before it, or from the publication day when the sentence gives none.
     */
    static EventDate resolve(Expression e, List<Expression> sentenceTimes, LocalDate published, boolean future) {
        return resolve(e, sentenceTimes, published, future, null);
    }

    /**
     * As {@link #resolve(Expression, List, LocalDate, boolean)}, but a relative expression with no date before it in
     * its sentence counts from {@code toldDay} (the day of the contact told just before), when there is one.
     */
    static EventDate resolve(Expression e, List<Expression> sentenceTimes, LocalDate published, boolean future,
            LocalDate toldDay) {
        if (!isRelative(e)) {
            return resolve(e, published, future);
        }
        Expression anchor = null;
        for (Expression other : sentenceTimes) {
            if (!isRelative(other) && other.end() <= e.start()) {
                anchor = other;
            }
        }
        EventDate base = anchor != null ? resolve(anchor, published, false)
                : EventDate.day(toldDay != null ? toldDay : published);
        return RelativeDates.shift(base, e.offset(), e.unit());
    }

    /** True for a date counted from another date of the sentence: "a day after ...", "the previous week". */
    static boolean isRelative(Expression e) {
        return e.kind() == Kind.RELATIVE_TO || e.kind() == Kind.RELATIVE_CLAUSE;
    }

    /** "since 2016", "since March 2022": when a repeated contact began, or null. */
    static Expression since(List<Token> tokens) {
        for (Expression e : all(tokens)) {
            if (e.start() > 0 && tokens.get(e.start() - 1).lower().equals("since")
                    && (e.kind() == Kind.YEAR || e.kind() == Kind.MONTH)) {
                return e;
            }
        }
        return null;
    }

    private static List<Expression> all(List<Token> tokens) {
        List<Expression> found = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            String w = token.lower();
            if ((token.flags() & WordClasses.CALENDAR) == 0 && !RELATIVE_WORDS.contains(w)
                    && !Character.isDigit(w.charAt(0))) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            String prev2 = i > 1 ? tokens.get(i - 2).lower() : "";
            int modifier = prev.equals("last") ? -1 : prev.equals("next") ? 1 : 0;
            int from = modifier != 0 || prev.equals("this") ? i - 1 : i;
            if (WEEKDAYS.containsKey(w) && tokens.get(i).isCapitalized()) {
                found.add(new Expression(from, i + 1, Kind.WEEKDAY, modifier, 'D', WEEKDAYS.get(w), 0, 0, 0,
                        words(tokens, from, i + 1)));
            } else if (w.equals("yesterday") || w.equals("today") || w.equals("tonight") || w.equals("tomorrow")) {
                int days = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
                found.add(new Expression(i, i + 1, Kind.RELATIVE_DAY, days, 'D', null, 0, 0, 0, w));
            } else if ((w.equals("week") || w.equals("month") || w.equals("year"))
                    && (prev.equals("last") || prev.equals("this") || prev.equals("next")
                        || prev.equals("the") && (prev2.equals("in") || prev2.equals("of")) && i > 2
                        && EARLIER_LATER.contains(tokens.get(i - 3).lower()))) {
                int offset = prev.equals("last") ? -1 : prev.equals("next") ? 1 : 0;
                found.add(new Expression(i - 1, i + 1, Kind.RELATIVE_PERIOD, offset, Character.toUpperCase(w.charAt(0)),
                        null, 0, 0, 0, words(tokens, i - 1, i + 1)));
            } else if (MONTHS.containsKey(w) && tokens.get(i).isCapitalized() && !(isAmbiguousMonth(w)
                    && !isDateContext(tokens, i))) {
                i = month(tokens, i, modifier, found) - 1;
            } else if (isYear(w) && (prev.equals("in") || prev.equals("of") || prev.equals("early")
                    || prev.equals("late") || prev.equals("mid") || prev.equals("since") || prev.equals("until"))) {
                found.add(new Expression(i, i + 1, Kind.YEAR, 0, 'Y', null, 0, 0, Integer.parseInt(w),
                        words(tokens, i, i + 1)));
            } else if (RelativeDates.isUnit(w) && RelativeDates.at(tokens, i) != null) {
                found.add(RelativeDates.at(tokens, i));
            } else if (w.equals("ago") && i >= 2) {
                String unit = tokens.get(i - 1).lower();
                Integer count = number(tokens.get(i - 2).lower());
                if (count != null && unit.matches("(day|week|month|year)s?")) {
                    found.add(new Expression(i - 2, i + 1, Kind.AGO, count, Character.toUpperCase(unit.charAt(0)), null,
                            0, 0, 0, words(tokens, i - 2, i + 1)));
                }
            }
        }
        return found;
    }

    /**
     * "May" and the short forms ("Jun", "Dec") are also names ("Theresa May", "Dong Jun"): they are months only
     * next to a day, a year or a word that introduces a date.
     */
    private static boolean isAmbiguousMonth(String w) {
        return w.equals("may") || w.length() <= 4 && !w.equals("june") && !w.equals("july");
    }

    private static boolean isDateContext(List<Token> tokens, int i) {
        String prev = i > 0 ? tokens.get(i - 1).lower() : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        if (next.equals(".") && i + 2 < tokens.size()) {
            next = tokens.get(i + 2).lower();
        }
        return prev.equals("in") || prev.equals("last") || prev.equals("next") || prev.equals("since")
                || prev.equals("early") || prev.equals("late") || isDayNumber(next) || isYear(next)
                || isDayNumber(prev);
    }

    private static int month(List<Token> tokens, int i, int modifier, List<Expression> found) {
        int month = MONTHS.get(tokens.get(i).lower());
        int start = modifier != 0 ? i - 1 : i;
        int end = i + 1;
        int day = 0;
        int year = 0;
        if (i > 0 && isDayNumber(tokens.get(i - 1).lower())) {
            day = Integer.parseInt(tokens.get(i - 1).lower());
            start = i - 1;
            if (i > 2 && RANGE_JOINTS.contains(tokens.get(i - 2).lower()) && isDayNumber(tokens.get(i - 3).lower())) {
                // "from 25 to 27 October", "25 - 27 October": the period starts on its first day.
                day = Integer.parseInt(tokens.get(i - 3).lower());
                start = i - 3;
            }
        } else if (i > 0 && DAY_RANGE.matcher(tokens.get(i - 1).text()).matches()) {
            // "25-27 October" as one token.
            day = Integer.parseInt(tokens.get(i - 1).text().split("[-\u2013]")[0]);
            start = i - 1;
        }
        int k = end;
        if (k < tokens.size() && tokens.get(k).text().equals(".")) {
            k++;
        }
        if (day == 0 && k < tokens.size() && isDayNumber(tokens.get(k).lower())) {
            day = Integer.parseInt(tokens.get(k).lower());
            k++;
            end = k;
        }
        int y = k < tokens.size() && tokens.get(k).text().equals(",") ? k + 1 : k;
        if (y < tokens.size() && isYear(tokens.get(y).lower())) {
            year = Integer.parseInt(tokens.get(y).lower());
            end = y + 1;
        }
        // "in March last year", "in May next year": the month of a year counted from publication.
        Integer years = year == 0 && modifier == 0 ? yearShift(tokens, end) : null;
        if (years != null) {
            end += 2;
        }
        found.add(new Expression(start, end, Kind.MONTH, years != null ? years : modifier, years != null ? 'Y' : 'M',
                null, month, day, year, words(tokens, start, end)));
        return end;
    }

    /** "last year", "this year" or "next year" at {@code at}: the shift in years from publication, or null. */
    private static Integer yearShift(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at + 1).lower().equals("year")) {
            return null;
        }
        return switch (tokens.get(at).lower()) {
            case "last" -> -1;
            case "this" -> 0;
            case "next" -> 1;
            default -> null;
        };
    }

    /** False for durations and limits: "in 23 years", "since 1998", "by the end of 2022". */
    private static boolean isEventDate(List<Token> tokens, Expression e) {
        int k = e.start() - 1;
        while (k >= 0 && (tokens.get(k).lower().equals("on") || tokens.get(k).lower().equals("in")
                || tokens.get(k).lower().equals("the") || tokens.get(k).lower().equals("end")
                || tokens.get(k).lower().equals("of") || tokens.get(k).lower().equals("early")
                || tokens.get(k).lower().equals("late") || tokens.get(k).lower().equals("mid"))) {
            if (tokens.get(k).lower().equals("end")) {
                return false;
            }
            k--;
        }
        if (k >= 0 && (ORDINALS.contains(tokens.get(k).lower())
                || e.kind() == Kind.RELATIVE_PERIOD && e.offset() == 0 && k > 0
                && ORDINALS.contains(tokens.get(k - 1).lower()))) {
            // "their sixth this year", "for the first time in 2023": a count, not a date.
            return false;
        }
        if (e.kind() == Kind.RELATIVE_PERIOD && e.offset() == 0 && countedBefore(tokens, e.start())) {
            // "their second telephone conversation this month on Monday": the count's period; Monday dates it.
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4) && k >= 0 && !NOT_EVENT_DATES.contains(tokens.get(k).lower());
                j--) {
            String w = tokens.get(j).lower();
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (w.equals("after") && EarlierTrip.after(tokens, k)) {
                // "after a trip in June 2016": the date is the earlier trip's own.
                break;
            }
            if (w.equals("since") || w.equals("until") || w.equals("after") || w.equals("before")) {
                // "since Sharif took office in April": the clause dates something else.
                return false;
            }
        }
        if (k >= 0 && NOT_EVENT_DATES.contains(tokens.get(k).lower())) {
            // "since February 2022, when Biden spoke with Putin": the "when" clause is dated by it.
            int after = e.end();
            return tokens.get(k).lower().equals("since") && after + 1 < tokens.size()
                    && tokens.get(after).text().equals(",") && tokens.get(after + 1).lower().equals("when");
        }
        return true;
    }

    /** An ordinal within the four words before {@code at}, in the same phrase: "second telephone call this month". */
    private static boolean countedBefore(List<Token> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - 4); j--) {
            String w = tokens.get(j).lower();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (ORDINALS.contains(w) && !w.equals("time") && !w.equals("times")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    private static boolean isDayNumber(String w) {
        if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31;
    }

    static Integer number(String w) {
        if (!w.isEmpty() && w.length() <= 3 && w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return NUMBERS.get(w);
    }

    static String words(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(tokens.get(i).text());
        }
        return out.toString();
    }

    /** Resolves an expression against the publication day, forward when {@code future}. */
    static EventDate resolve(Expression e, LocalDate published, boolean future) {
        return switch (e.kind()) {
            case WEEKDAY -> EventDate.day(weekday(e, published, future));
            case RELATIVE_DAY -> EventDate.day(published.plusDays(e.offset()));
            case RELATIVE_PERIOD -> switch (e.unit()) {
                case 'W' -> EventDate.week(published.with(DayOfWeek.MONDAY).plusWeeks(e.offset()));
                case 'M' -> EventDate.month(published.withDayOfMonth(1).plusMonths(e.offset()));
                default -> EventDate.year(published.getYear() + e.offset());
            };
            case MONTH -> month(e, published, future);
            case YEAR -> EventDate.year(e.year());
            case RELATIVE_TO, RELATIVE_CLAUSE -> RelativeDates.shift(EventDate.day(published), e.offset(), e.unit());
            case AGO -> switch (e.unit()) {
                case 'D' -> EventDate.day(published.minusDays(e.offset()));
                case 'W' -> EventDate.week(published.minusWeeks(e.offset()).with(DayOfWeek.MONDAY));
                case 'M' -> EventDate.month(published.minusMonths(e.offset()).withDayOfMonth(1));
                default -> EventDate.year(published.getYear() - e.offset());
            };
        };
    }

    private static LocalDate weekday(Expression e, LocalDate published, boolean future) {
        if (e.offset() > 0 || future && e.offset() == 0) {
            LocalDate next = published.with(TemporalAdjusters.nextOrSame(e.weekday()));
            return e.offset() > 0 && next.equals(published) ? next.plusWeeks(1) : next;
        }
        LocalDate previous = published.with(TemporalAdjusters.previousOrSame(e.weekday()));
        return e.offset() < 0 && previous.equals(published) ? previous.minusWeeks(1) : previous;
    }

    private static EventDate month(Expression e, LocalDate published, boolean future) {
        int year = e.year();
        if (year == 0 && e.unit() == 'Y') {
            year = published.getYear() + e.offset();
        } else if (year == 0) {
            year = published.getYear();
            int current = published.getMonthValue();
            if (e.offset() < 0) {
                year = e.month() < current ? year : year - 1;
            } else if (e.offset() > 0 || future) {
                year = e.month() >= current ? year : year + 1;
            } else if (e.month() > current) {
                year = year - 1;
            }
        }
        LocalDate first = LocalDate.of(year, e.month(), 1);
        if (e.day() > 0 && e.day() <= first.lengthOfMonth()) {
            return EventDate.day(first.withDayOfMonth(e.day()));
        }
        return EventDate.month(first);
    }
}
