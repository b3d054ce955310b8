package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Countries listed as further participants of an exercise: "began a naval exercise off Batam, joined by warships
 * from several navies, including those of Australia and Japan", "opened a joint exercise that also includes France
 * and Australia", "will join those of Australia and Japan for the exercise". Everyone listed drills with everyone
 * else, so with three or more countries the exercise is every pair of them, flagged multilateral. Observers and
 * onlookers ("watched by observers from several countries, including ...") are not participants.
 */
final class ListedParticipants {

    /** Words that open the list of participants. */
    private static final Set<String> LIST_CUES = WordSet.of("including", "includes", "include", "included");
    /** Words that say the list is of onlookers, not participants. */
    private static final Set<String> ONLOOKERS = WordSet.of("observers", "observer", "observed", "watched",
            "monitored", "onlookers", "invited", "guests");
    /** Words after "the" and a noun that make them the subject of a clause of their own: ", and the navies will". */
    private static final Set<String> SUBJECT_AUXILIARIES = WordSet.of("will", "would", "are", "were", "have", "had",
            "is", "was", "also", "plan", "plans");
    /** How many words the list may stand from the words of contact. */
    private static final int REACH = 15;

    private ListedParticipants() {
    }

    /**
     * "The navies of India and the United States will join those of Australia and Japan for the exercise": the pair
     * that joins the listed ones, when exactly two countries are named before the list's words, in their clause; an
     * empty list otherwise.
     */
    static List<Party[]> joiningPair(Trigger trigger, List<Party> parties, List<Token> tokens) {
        if (trigger.kind() != TriggerKind.EXERCISE) {
            return List.of();
        }
        int cue = cueWord(trigger, tokens);
        if (cue < 0 || cue > trigger.start() || !tokens.get(cue).lower().equals("those")) {
            return List.of();
        }
        Map<String, Party> before = new LinkedHashMap<>();
        for (Party p : parties) {
            if (p.end() <= cue && !p.weak() && sameClause(tokens, p.end(), cue)) {
                before.putIfAbsent(p.country(), p);
            }
        }
        if (before.size() != 2) {
            return List.of();
        }
        List<Party> two = new ArrayList<>(before.values());
        List<Party[]> pair = new ArrayList<>();
        pair.add(new Party[] {two.get(0), two.get(1)});
        return pair;
    }

    /**
     * Widens {@code pairs} (the exercise's pair) to every pair of its countries and the countries listed as its
     * further participants; true when it did.
     */
    static boolean widen(Trigger trigger, List<Party[]> pairs, List<Mention> mentions, List<Token> tokens) {
        if (trigger.kind() != TriggerKind.EXERCISE || pairs.size() != 1) {
            return false;
        }
        int cue = cue(trigger, tokens);
        if (cue < 0) {
            return false;
        }
        Map<String, Party> members = new LinkedHashMap<>();
        members.put(pairs.get(0)[0].country(), pairs.get(0)[0]);
        members.putIfAbsent(pairs.get(0)[1].country(), pairs.get(0)[1]);
        int next = cue;
        for (Mention m : mentions) {
            if (m.tokenStart() < next) {
                continue;
            }
            if (!joined(tokens, next, m.tokenStart()) || !m.canBeParty() || m.actor() == null) {
                break;
            }
            members.putIfAbsent(m.country(), new Party(m, false, false));
            next = m.tokenEnd();
        }
        if (members.size() < 3) {
            return false;
        }
        List<Party> all = new ArrayList<>(members.values());
        pairs.clear();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                pairs.add(new Party[] {all.get(i), all.get(j)});
            }
        }
        return true;
    }

    /**
     * The position just after the words that open a list of participants in the exercise's clause ("including",
     * "includes", "those of"), or -1. The list may stand before the words of contact ("will join those of A and B
     * for the exercise") or after them, never across a semicolon or a word of onlookers.
     */
    private static int cue(Trigger trigger, List<Token> tokens) {
        int at = cueWord(trigger, tokens);
        return at < 0 ? -1 : listStart(tokens, at);
    }

    /** The first word of the words that open the list ("including", "those"), or -1. */
    private static int cueWord(Trigger trigger, List<Token> tokens) {
        int from = Math.max(0, trigger.start() - REACH);
        int to = Math.min(tokens.size(), trigger.end() + REACH);
        for (int k = trigger.start() - 1; k >= from && !tokens.get(k).lower().equals(";"); k--) {
            if (opensList(tokens, k)) {
                return k;
            }
        }
        for (int k = trigger.end(); k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals(".") || ONLOOKERS.contains(w) || subjectClauseAt(tokens, k)) {
                return -1;
            }
            if (opensList(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean opensList(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return LIST_CUES.contains(w) || w.equals("those") && k + 1 < tokens.size()
                && tokens.get(k + 1).lower().equals("of");
    }

    /** After "including those of" or "those of": the first word of the list. */
    private static int listStart(List<Token> tokens, int k) {
        int at = k + 1;
        if (at + 1 < tokens.size() && tokens.get(at).lower().equals("those") && tokens.get(at + 1).lower()
                .equals("of")) {
            return at + 2;
        }
        return tokens.get(k).lower().equals("those") ? at + 1 : at;
    }

    /** True when no semicolon or full stop stands between {@code from} and {@code to}. */
    private static boolean sameClause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** True when only list words stand between {@code from} and {@code to}: commas, "and", "the". */
    private static boolean joined(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (!(w.equals(",") || w.equals("and") || w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a clause with a subject of its own opens at {@code k}: ", and the navies will ...", whose people are
     * not partners of the contact before it.
     */
    static boolean subjectClauseAt(List<Token> tokens, int k) {
        return k + 4 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 1).lower().equals("and")
                && tokens.get(k + 2).lower().equals("the") && !tokens.get(k + 3).isCapitalized()
                && !tokens.get(k + 3).isPunctuation() && SUBJECT_AUXILIARIES.contains(tokens.get(k + 4).lower());
    }
}
