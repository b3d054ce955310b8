package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Contacts", "exchanges" and "engagement" between two sides: words of consultation only when a verb of the
 * sentence says they took place, resumed or are planned ("contacts between Delhi and Beijing resumed", "there
 * have been no exchanges between the two"), or "no" denies them. Alone ("contacts between the two matter") they
 * name a relationship, not an event, and "trade exchanges" or "exchanges of fire" are no consultation at all.
 */
final class ContactNouns {

    private static final Set<String> NOUNS = WordSet.of("contacts", "exchanges", "engagement", "engagements");
    /** What follows the noun when it names the two sides. */
    private static final Set<String> LINKS = WordSet.of("between", "with");
    /** Modifiers that make the noun trade, culture or people, not governments consulting. */
    private static final Set<String> NOT_GOVERNMENT = WordSet.of("trade", "cultural", "people-to-people",
            "economic", "student", "academic", "business", "commercial", "youth", "sporting", "sports", "scientific",
            "educational", "military-to-military", "personal", "tit-for-tat", "heated", "angry", "verbal", "public",
            "social", "media", "border", "prisoner", "prisoners");
    /** Verbs by which the contacts happen, resume or are planned. */
    private static final Set<String> HAPPENING = WordSet.of("resumed", "resume", "resumes", "resuming", "held",
            "hold", "holds", "holding", "place", "continued", "continue", "continues", "began", "begin", "begun",
            "begins", "started", "start", "starts", "planned", "scheduled", "occurred");
    /**
     * Words just before the noun that say it happened, or deny it: "had contacts with", "no exchanges". Verbs of
     * degree ("stepped up its engagement", "maintains regular contacts") describe a relationship and are left out.
     */
    private static final Set<String> BEFORE = WordSet.of("no", "any", "had", "held", "resumed");
    /** "There have been contacts", "there were exchanges": contacts said to exist took place. */
    private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "have", "has", "had", "will");
    private static final int WINDOW = 8;

    private ContactNouns() {
    }

    /** Token indexes of the licensed contact nouns of a sentence. */
    static List<Integer> find(List<Token> tokens) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!NOUNS.contains(tokens.get(i).lower()) || !LINKS.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            if (NOT_GOVERNMENT.contains(before)) {
                continue;
            }
            if (BEFORE.contains(before) && (i < 2 || !NOT_GOVERNMENT.contains(tokens.get(i - 2).lower()))
                    || licensed(tokens, i) || existential(tokens, i)) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean existential(List<Token> tokens, int noun) {
        for (int k = Math.max(0, noun - 5); k + 1 < noun; k++) {
            if (tokens.get(k).lower().equals("there") && BE.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean licensed(List<Token> tokens, int noun) {
        int from = Math.max(0, noun - WINDOW);
        int to = Math.min(tokens.size(), noun + WINDOW + 1);
        for (int k = from; k < to; k++) {
            if (k != noun && HAPPENING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
