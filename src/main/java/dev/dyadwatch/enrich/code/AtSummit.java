package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * "Macron and Scholz met at a European Union summit in Brussels last week": a meeting placed at a summit is a
 * meeting on its sidelines, on a third location (044) dated by the summit's date, as "on the sidelines of" makes it.
 * "Did not meet during the summit" is a time, not a place, and stays a meeting of the two.
 */
final class AtSummit {

    /** Words between "at" and "summit": "at a European Union summit", "at the G20 summit". */
    private static final Set<String> SUMMIT_WORDS = WordSet.of("a", "an", "the", "this", "last", "week's", "year's",
            "annual", "regional", "leaders'", "two-day", "one-day");

    private AtSummit() {
    }

    /** True when a meeting or talks of the sentence are placed "at" a summit of it within ten words. */
    static boolean meetingAtSummit(List<Trigger> found, List<Token> tokens) {
        for (Trigger meet : found) {
            if (meet.kind() != TriggerKind.MEET && meet.kind() != TriggerKind.TALKS) {
                continue;
            }
            for (Trigger summit : found) {
                if (summit.kind() == TriggerKind.SUMMIT && summit.start() > meet.end()
                        && summit.start() - meet.end() <= 10 && placedAt(tokens, meet.end(), summit.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "at" before the summit, with only its name and modifiers between. */
    private static boolean placedAt(List<Token> tokens, int from, int summit) {
        for (int k = summit - 1; k >= from; k--) {
            Token t = tokens.get(k);
            if (t.lower().equals("at")) {
                return true;
            }
            if (!(t.isCapitalized() || SUMMIT_WORDS.contains(t.lower()) || Character.isDigit(t.text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }
}
