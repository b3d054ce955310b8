package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * How the words around a capital tell its use when the preposition alone does not: "the Cairo summit" names an
 * event, "in Geneva and Muscat" lists two venues, "a statement from Tehran" comes from a government.
 */
final class CapitalUses {

    /** Lower-case nouns a capital names rather than acts in: "the Ankara declaration", "his Riyadh visit". */
    private static final Set<String> EVENT_NOUNS = WordSet.of("summit", "summits", "declaration", "process",
            "format", "visit", "visits", "trip", "meeting", "meetings", "conference", "accord", "accords",
            "communique", "communiqué", "ceremony", "round", "forum", "leg", "stop", "stopover", "talks", "trio",
            "trilateral", "gathering", "session", "lunch", "luncheon", "dinner", "banquet", "breakfast");
    /** Words that open a route's stations: "a railway linking Termez, Kabul and Peshawar". */
    private static final Set<String> ROUTE = WordSet.of("linking", "link", "links", "linked", "connecting",
            "connect", "connects", "connected");
    /** How far back a list of stations may reach for its route word. */
    private static final int MAX_ROUTE_LIST = 12;
    /** Nouns of what a government sends out, after which "from X" is its source: "a statement from Islamabad". */
    private static final Set<String> SENT = WordSet.of("statement", "statements", "message", "messages", "letter",
            "letters", "response", "reply", "readout", "word", "signal", "signals", "invitation", "request",
            "protest", "warning", "note", "demand", "demands", "assurance", "assurances", "offer", "pressure");
    /**
     * Nouns of what only a government lends, grants or gives: "loans from Abu Dhabi", "switched recognition from
     * Taipei to Beijing". After them "from X" names the giver, not where something travelled from.
     */
    private static final Set<String> GIVEN = WordSet.of("loan", "loans", "aid", "recognition", "funding",
            "assistance", "credit", "credits", "grant", "grants", "deposits", "backing", "bailout");

    private CapitalUses() {
    }

    /**
     * True when an event noun follows the capital ending before {@code end}: "the Ankara declaration", and
     * capitalised as an event's own name, "the Doha Forum", "the Astana Process".
     */
    static boolean namesEvent(List<Token> tokens, int end) {
        return end < tokens.size() && EVENT_NOUNS.contains(tokens.get(end).lower());
    }

    /**
     * True when the capital at {@code at} is one of the stations after a route word: "a railway linking Termez,
     * Mazar-i-Sharif, Kabul and Peshawar", "a corridor connecting Kabul with Tashkent". Only names, commas, hyphens
     * and "and" may stand between the route word and the capital.
     */
    static boolean onRoute(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - MAX_ROUTE_LIST); k--) {
            Token token = tokens.get(k);
            String w = token.lower();
            if (ROUTE.contains(w)) {
                return true;
            }
            boolean hyphenated = tokens.get(k - 1 < 0 ? k : k - 1).lower().equals("-")
                    || tokens.get(k + 1).lower().equals("-");
            // "Mazar-i-Sharif": a lower-case joint inside a hyphenated name
            if (!(token.isCapitalized() || w.equals(",") || w.equals("and") || w.equals("-") || hyphenated)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the capital from {@code at} to {@code end} opens its sentence and a colon follows: "Moscow: Slovakia's
     * leader flies in on Friday" labels an item by its place, as a dateline does.
     */
    static boolean isRubric(List<Token> tokens, int at, int end) {
        return at == 0 && end < tokens.size() && tokens.get(end).text().equals(":");
    }

    /** True when "from" right before {@code at} follows a noun of what governments send, lend or give. */
    static boolean sentFrom(List<Token> tokens, int at) {
        if (at < 2 || !tokens.get(at - 1).lower().equals("from")) {
            return false;
        }
        String noun = tokens.get(at - 2).lower();
        return SENT.contains(noun) || GIVEN.contains(noun);
    }

    /**
     * True when the capital at {@code at} closes a list whose previous member is a place: "in Baghdad and Muscat". Not
     * after a comma: "talks in Moscow, Beijing said" opens a new clause, and
     * "talks in Moscow and Beijing said" a new subject.
     */
    static boolean joinsPlace(List<Token> tokens, int at, int end, IntPredicate placeAt) {
        if (at < 2 || Words.speaksAsSubject(tokens, at, end)) {
            return false;
        }
        String joint = tokens.get(at - 1).lower();
        return (joint.equals("and") || joint.equals("or")) && placeAt.test(at - 2);
    }
}
