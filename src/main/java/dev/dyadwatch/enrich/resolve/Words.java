package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordClasses;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.Set;

/** Small closed word classes the resolver and the coder consult. */
public final class Words {

    /** Prepositions and verbs after which a capital or country is a place, not an actor. */
    private static final Set<String> LOCATIVE = WordSet.of("in", "at", "into", "near", "outside", "via", "around",
            "across", "inside", "visit", "visited", "visiting", "visits", "leaving", "left", "reached", "reach",
            "toured", "touring", "throughout", "within", "through", "arrive", "arrived", "arrives", "arriving",
            "from", "over", "captured", "seized", "entered", "attacked", "bombed", "shelled", "struck", "stormed",
            "besieged", "liberated", "fled", "reaching", "entering", "enter", "enters");
    /** Words before "to" that make "to X" a destination ("travel to Moscow"), not a recipient ("sold to Moscow"). */
    private static final Set<String> MOTION = WordSet.of("visit", "visits", "visited", "trip", "trips", "travel",
            "travels", "travelled", "traveled", "travelling", "traveling", "flew", "fly", "flies", "flight",
            "flights", "go", "goes", "went", "going", "came", "come", "comes", "coming", "return", "returned",
            "returns", "returning", "head", "heads", "headed", "heading", "journey", "moved", "drove", "sailed",
            "arrived", "due", "tour", "way", "route", "back", "on", "delegation", "mission", "envoy", "deployed",
            "dispatched", "relocated", "welcome", "invitation", "invited", "invite", "stopover", "visitors",
            "onward", "onwards", "flying", "flown");
    /** Verbs that take a person to a place: "take him to Qatar". */
    private static final Set<String> TAKEN = WordSet.of("take", "takes", "took", "taking", "taken");
    /** Nouns of travel whose visitor follows "by" and destination "to": "a visit by Putin to India". */
    private static final Set<String> VISIT_NOUNS = WordSet.of("visit", "visits", "trip", "trips", "tour", "journey",
            "voyage", "travel");
    /** Lower-case words that tie a delegation to its members: "led by", "including", "of". */
    private static final Set<String> DELEGATION_LINKS = WordSet.of("led", "headed", "by", "including", "comprising",
            "of", "the", "his", "her", "its", "their", "chief", "minister", "adviser", "officials", "officers",
            "ministers", "envoy", "general");
    /** Words a delegation's members may take before "to": "a delegation led by Foreign Minister X". */
    private static final int DELEGATION_WORDS = 9;
    /** Words a visitor may take between "by" and "to": "by Russian President Vladimir Putin". */
    private static final int VISITOR_WORDS = 7;
    /** Verbs of departure before "for" that make "for X" a destination: "left for Ankara", "bound for Doha". */
    private static final Set<String> DEPARTURE = WordSet.of("left", "leave", "leaves", "leaving", "departed", "depart",
            "departs", "departing", "bound", "headed", "heading", "heads", "head", "off", "sailed", "flew",
            "fly", "flies", "flying", "flown");
    /** Nouns before "in" that make the place a topic, not a venue: "the war in Ukraine". */
    private static final Set<String> TOPIC_NOUNS = WordSet.of("situation", "war", "crisis", "conflict", "peace",
            "stability", "security", "developments", "violence", "fighting", "invasion", "aid", "troops", "forces",
            "investment", "investments", "interests", "operations", "elections", "election", "attack", "attacks",
            "presence", "role", "influence", "process", "cooperation", "trade", "tensions", "events", "crackdown",
            "protests", "unrest", "killings", "bombing", "strikes", "drills", "projects", "embassy", "consulate",
            "stake", "assets", "refugees", "humanitarian", "reconstruction", "deployment", "bases", "base");

    /** Words after which a country is a topic, not a party ("the war in Ukraine" takes LOCATIVE). */
    public static final Set<String> TOPICAL = WordSet.of("about", "on", "over", "against", "regarding", "concerning",
            "of", "for", "like");

    /** Verbs of speech whose subject, when a capital, is its government: "Washington said", "Paris has urged". */
    private static final Set<String> SPEECH = WordSet.of("said", "says", "urged", "urges", "warned", "warns",
            "insisted",
            "insists", "stated", "announced", "announces", "accused", "accuses", "responded", "replied",
            "demanded", "demands", "condemned", "condemns", "criticised", "criticized", "welcomed", "welcomes",
            "rejected", "rejects", "denied", "denies", "argued", "argues", "maintains", "maintained", "protested",
            "objected", "vowed", "pledged", "threatened", "threatens", "signalled", "signaled", "summoned",
            "retorted", "called", "calls", "asked", "told");
    /** Auxiliaries between such a subject and its verb: "has urged", "has also warned". */
    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "also", "again", "quickly",
            "swiftly", "later", "then", "publicly", "formally", "officially");
    /** Words after which a clause, and so its subject, starts. */
    private static final Set<String> CLAUSE_START = WordSet.of(",", "and", "but", "while", "that", "whereas", ";",
            "when", "as", "although", "though", "(", "--", ":");

    /** Capitalised nouns of seas and straits named after a country: "the Gulf of Oman", "the Sea of Japan". */
    private static final Set<String> WATER_BODIES = Set.of("Gulf", "Sea", "Bay", "Strait", "Straits");

    private Words() {
    }

    /** True when the country name at {@code at} ends the name of a sea: "the Gulf of Oman", "Gulf of Mexico". */
    public static boolean endsWaterBodyName(java.util.List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).lower().equals("of") && WATER_BODIES.contains(tokens.get(at - 2).text());
    }

    /**
     * True when the name at {@code [start, end)} opens its clause and a verb of speech follows it, so it is a
     * speaking subject: "Washington said", "and Paris has urged". Not "George Washington said" (a name before it)
     * nor "Washington state officials said" (another word between).
     */
    public static boolean speaksAsSubject(java.util.List<Token> tokens, int start, int end) {
        boolean opens = start == 0 || CLAUSE_START.contains(tokens.get(start - 1).lower());
        if (!opens) {
            return false;
        }
        int k = end;
        while (k < tokens.size() && k - end < 3 && AUXILIARIES.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && SPEECH.contains(tokens.get(k).lower());
    }

    /** True when the mention starting at {@code at} names a place: "in Moscow", "visited Russia", "flew to Beijing". */
    public static boolean isLocative(java.util.List<Token> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String before = tokens.get(k).lower();
        if (LOCATIVE.contains(before)) {
            return true;
        }
        if (before.equals("of") && k > 0 && ActorNouns.isPlaceNoun(tokens.get(k - 1))) {
            // "the Saudi city of Jeddah", "the port of Gwadar"
            return true;
        }
        if (ActorNouns.isPlaceNoun(tokens.get(k)) || before.equals(",") && k > 0
                && ActorNouns.isPlaceNoun(tokens.get(k - 1))) {
            // "the Turkmen capital Ashgabat", "the Kazakh capital, Astana": a capital named as a place.
            return true;
        }
        if (before.equals("for") && k > 0 && DEPARTURE.contains(tokens.get(k - 1).lower())) {
            return true;
        }
        if (before.equals("to") || before.equals("towards") || before.equals("toward")) {
            for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                if (MOTION.contains(tokens.get(j).lower())) {
                    return true;
                }
            }
            if (before.equals("to") && isVisitByTo(tokens, k)) {
                return true;
            }
            if (before.equals("to") && isDelegationTo(tokens, k)) {
                return true;
            }
            if (before.equals("to") && k >= 2 && TAKEN.contains(tokens.get(k - 2).lower())
                    && (tokens.get(k - 1).lower().equals("him") || tokens.get(k - 1).lower().equals("her"))) {
                // "a tour that will also take him to Qatar": a person taken somewhere travels there.
                return true;
            }
        }
        return false;
    }

    /**
     * "Led a delegation including the intelligence chief Lieutenant General X to Kabul": the "to" at {@code to} closes
     * a delegation and the people it names (names, titles and the words that tie them to it, no verb or clause break),
     * so what follows is where it went.
     */
    private static boolean isDelegationTo(java.util.List<Token> tokens, int to) {
        for (int j = to - 1; j >= Math.max(0, to - DELEGATION_WORDS - 1); j--) {
            String w = tokens.get(j).lower();
            if (w.equals("delegation") || w.equals("delegations")) {
                return true;
            }
            if (!tokens.get(j).isCapitalized() && !DELEGATION_LINKS.contains(w) || tokens.get(j).isPunctuation()
                    && !w.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "A visit by Putin to India", "the last trip by an American president to Hanoi": the "to" at {@code to}
     * closes a visitor named after "by", right after a noun of travel, so what follows is the destination.
     */
    private static boolean isVisitByTo(java.util.List<Token> tokens, int to) {
        for (int j = to - 1; j >= Math.max(1, to - VISITOR_WORDS - 1); j--) {
            String w = tokens.get(j).lower();
            if (w.equals("by")) {
                return j < to - 1 && VISIT_NOUNS.contains(tokens.get(j - 1).lower());
            }
            if (tokens.get(j).isPunctuation() && !w.equals(".") && !w.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** True when the place starting at {@code at} is where something happens, not a topic ("the war in Ukraine"). */
    public static boolean isVenue(java.util.List<Token> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 1) {
            return k == 0;
        }
        return !TOPIC_NOUNS.contains(tokens.get(k - 1).lower());
    }

    /** True for month and weekday names (and their abbreviations). */
    public static boolean isCalendarWord(Token token) {
        return (token.flags() & WordClasses.CALENDAR) != 0;
    }

    /** True for a capitalised word that can be part of a person's name. */
    public static boolean canBeNameWord(Token token) {
        if (!token.isCapitalized() || token.text().length() < 2 && !Character.isLetter(token.text().charAt(0))) {
            return false;
        }
        return (token.flags() & (WordClasses.NOT_NAME | WordClasses.CALENDAR | WordClasses.TITLE)) == 0;
    }
}
