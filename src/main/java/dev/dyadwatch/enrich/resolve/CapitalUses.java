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
            "communique", "communiqué", "ceremony", "round", "forum", "leg", "stop", "stopover");
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

    /** True when a lower-case event noun follows the capital ending before {@code end}. */
    static boolean namesEvent(List<Token> tokens, int end) {
        return end < tokens.size() && !tokens.get(end).isCapitalized()
                && EVENT_NOUNS.contains(tokens.get(end).lower());
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
