package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.enrich.code.TimeExpressions.Expression;
import dev.dyadwatch.enrich.code.TimeExpressions.Kind;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * Dates told relative to another event of the sentence: "a day after the chancellor met Zelenskyy" (the meeting
 * was a day before the sentence's own date), "two weeks before he flew to Beijing", and dates that count back
 * from it ("two days earlier", "the previous week", "the day before"). Without a date of its own the sentence
 * counts from the publication day.
 */
final class RelativeDates {

    private static final Set<String> UNITS = WordSet.of("day", "days", "week", "weeks", "month", "months");
    private static final Set<String> BACK = WordSet.of("earlier", "before", "previous", "prior");
    private static final Set<String> FORWARD = WordSet.of("later", "after", "following");

    private RelativeDates() {
    }

    /** True for "day", "weeks" and the other units a relative date counts in. */
    static boolean isUnit(String w) {
        return UNITS.contains(w);
    }

    /**
     * The relative date whose unit is token {@code i}, or null: "a day after" or "the day before" opening a
     * clause of its own (kind RELATIVE_CLAUSE: it dates the contact of that clause), or "two days earlier",
     * "the previous week", "the day before" closing a clause (kind RELATIVE_TO: it dates that clause's contact).
     */
    static Expression at(List<Token> tokens, int i) {
        if (i == 0) {
            return null;
        }
        String prev = tokens.get(i - 1).lower();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        char unit = Character.toUpperCase(tokens.get(i).lower().charAt(0));
        if (BACK.contains(prev) || FORWARD.contains(prev)) {
            // "the previous week", "the following day"
            if (i < 2 || !tokens.get(i - 2).lower().equals("the") || i + 1 < tokens.size() && !closes(tokens, i + 1)
                    || prev.equals("after") || prev.equals("before")) {
                return null;
            }
            int sign = BACK.contains(prev) ? -1 : 1;
            return expression(tokens, i - 2, i + 1, Kind.RELATIVE_TO, sign, unit);
        }
        Integer count = prev.equals("the") ? Integer.valueOf(1) : TimeExpressions.number(prev);
        if (count == null || !(BACK.contains(next) || FORWARD.contains(next)) || next.equals("previous")
                || next.equals("following")) {
            return null;
        }
        boolean clauseFollows = i + 2 < tokens.size() && !closes(tokens, i + 2)
                && (next.equals("after") || next.equals("before"));
        if (clauseFollows) {
            // "a day after X met Y": X met Y a day before the sentence's date.
            int sign = next.equals("after") ? -1 : 1;
            return expression(tokens, i - 1, i + 2, Kind.RELATIVE_CLAUSE, sign * count, unit);
        }
        if (i + 2 < tokens.size() && !closes(tokens, i + 2)) {
            return null;
        }
        int sign = BACK.contains(next) ? -1 : 1;
        return expression(tokens, i - 1, i + 2, Kind.RELATIVE_TO, sign * count, unit);
    }

    /** The date {@code offset} units from {@code base}; a base coarser than the unit stays as it is. */
    static EventDate shift(EventDate base, int offset, char unit) {
        DateGranularity g = base.granularity();
        boolean day = g == DateGranularity.DAY || g == DateGranularity.PUBLICATION;
        return switch (unit) {
            case 'D' -> day ? EventDate.day(base.start().plusDays(offset)) : base;
            case 'W' -> day || g == DateGranularity.WEEK
                    ? EventDate.week(base.start().plusWeeks(offset).with(DayOfWeek.MONDAY)) : base;
            default -> g == DateGranularity.YEAR ? base
                    : EventDate.month(base.start().plusMonths(offset).withDayOfMonth(1));
        };
    }

    private static boolean closes(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("and") || w.equals("but")
                || w.equals(":") || w.equals("\"") || w.equals("\u201d");
    }

    private static Expression expression(List<Token> tokens, int from, int to, Kind kind, int offset, char unit) {
        return new Expression(from, to, kind, offset, unit, null, 0, 0, 0, TimeExpressions.words(tokens, from, to));
    }
}
