package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * "It is Xi's second visit to Serbia, after a trip in June 2016": a visit counted as the second, third, ... and
 * the earlier one recalled after "after". The earlier trip names no one of its own; it is the same pair's.
 */
final class EarlierTrip {

    private static final Set<String> COUNTS = WordSet.of("second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");
    private static final Set<String> TRIP_NOUNS = WordSet.of("trip", "visit", "tour");
    private static final Set<String> DETERMINERS = WordSet.of("a", "an", "his", "her", "their", "its", "the");
    /** How far before a visit its count may stand: "second state visit", "third official trip". */
    private static final int COUNT_REACH = 3;

    private EarlierTrip() {
    }

    /**
     * True when {@code trigger} is the trip recalled after a counted visit of the same sentence, the last of
     * {@code active} (the triggers already given a pair).
     */
    static boolean recalled(List<Token> tokens, Trigger trigger, List<Trigger> active) {
        if (trigger.kind() != TriggerKind.VISIT || active.isEmpty() || !after(tokens, trigger.start())) {
            return false;
        }
        Trigger counted = active.get(active.size() - 1);
        if (counted.kind() != TriggerKind.VISIT || counted.end() > trigger.start()) {
            return false;
        }
        for (int i = counted.start() - 1; i >= Math.max(0, counted.start() - COUNT_REACH); i--) {
            if (COUNTS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "after a trip", "after his visit": "after" and a determiner or nothing before the trip at {@code at}. */
    static boolean after(List<Token> tokens, int at) {
        if (at < 1 || !TRIP_NOUNS.contains(tokens.get(at).lower())) {
            return false;
        }
        int k = at - 1;
        if (DETERMINERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && tokens.get(k).lower().equals("after");
    }
}
