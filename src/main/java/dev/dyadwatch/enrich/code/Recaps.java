package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * A recap: "Since Sharif and Putin spoke on May 5, the two governments have exchanged a visit, talks and a drill".
 * A present-perfect summary verb in a clause opened by "since" (a date or a clause of its own) sums up contacts
 * that were reported when they happened; the items of its list are not news of the day. A coordinated clause
 * with its own subject or date ("..., and on Thursday they signed a protocol") is not part of the recap.
 */
final class Recaps {

    private static final Set<String> PERFECT = WordSet.of("have", "has", "'ve");
    /** Words between the auxiliary and its participle: "have also held", "have since exchanged". */
    private static final Set<String> ADVERBS = WordSet.of("also", "already", "since", "now", "twice", "repeatedly",
            "even", "jointly", "together", "between", "them", "both");
    private static final Set<String> IRREGULAR = WordSet.of("held", "had", "made", "paid", "seen", "met", "spoken",
            "taken", "given", "sent", "kept", "done", "undertaken", "been", "struck");
    /** Subjects that open a clause of their own after "and": "and on Thursday they signed". */
    private static final Set<String> SUBJECTS = WordSet.of("they", "he", "she", "we", "it", "both");
    private static final int NEW_CLAUSE_WINDOW = 5;

    private Recaps() {
    }

    /**
     * One recap around a trigger.
     *
     * @param since the token index of "since"
     * @param aux the token index of the perfect auxiliary ("have")
     * @param words the summary verb, as "have exchanged"
     */
    record Recap(int since, int aux, String words) {

        /** True when the date lies in the "since" clause (its own event), not on the item of the recap. */
        boolean datesTheSinceClause(TimeExpressions.Expression when) {
            return when.start() > since && when.end() <= aux;
        }
    }

    /** The recap whose list holds the trigger, or null when the trigger is not an item of one. */
    static Recap around(List<Token> tokens, Trigger trigger) {
        int since = -1;
        for (int k = trigger.start() - 1; k >= 0; k--) {
            String w = tokens.get(k).lower();
            if (w.equals(";")) {
                break;
            }
            if (w.equals("since") && (k == 0 || isClauseStart(tokens.get(k - 1).lower()))) {
                since = k;
                break;
            }
        }
        if (since < 0) {
            return null;
        }
        for (int h = since + 1; h < trigger.start(); h++) {
            if (!PERFECT.contains(tokens.get(h).lower())) {
                continue;
            }
            int participle = participle(tokens, h);
            if (participle < 0 || participle > trigger.start()) {
                continue;
            }
            if (newClauseBetween(tokens, participle + 1, trigger.start())) {
                return null;
            }
            return new Recap(since, h, tokens.get(h).text() + " " + tokens.get(participle).text());
        }
        return null;
    }

    private static boolean isClauseStart(String previous) {
        return previous.equals(",") || previous.equals("and") || previous.equals("but") || previous.equals("--")
                || previous.equals("\"") || previous.equals("\u201c");
    }

    private static int participle(List<Token> tokens, int aux) {
        for (int k = aux + 1; k < Math.min(tokens.size(), aux + 4); k++) {
            String w = tokens.get(k).lower();
            if (IRREGULAR.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                return k;
            }
            if (!ADVERBS.contains(w) && !w.endsWith("ly")) {
                return -1;
            }
        }
        return -1;
    }

    /** ";" or an "and"/"but" followed by a subject or a date of its own: "and on Thursday they signed". */
    private static boolean newClauseBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";")) {
                return true;
            }
            if (!w.equals("and") && !w.equals("but")) {
                continue;
            }
            for (int j = k + 1; j < Math.min(to, k + NEW_CLAUSE_WINDOW); j++) {
                String next = tokens.get(j).lower();
                if (SUBJECTS.contains(next) || next.equals("then") || next.equals("on") && j == k + 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
