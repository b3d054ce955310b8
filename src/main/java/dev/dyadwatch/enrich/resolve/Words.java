package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import java.util.Set;

/** Small closed word classes the resolver and the coder consult. */
public final class Words {

    /** Prepositions and verbs after which a capital or country is a place, not an actor. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "into", "near", "outside", "via", "around",
            "across", "inside", "visit", "visited", "visiting", "visits", "leaving", "left", "reached", "reach",
            "toured", "touring", "throughout", "within", "through", "arrive", "arrived", "arrives", "arriving",
            "from", "over", "captured", "seized", "entered", "attacked", "bombed", "shelled", "struck", "stormed",
            "besieged", "liberated", "fled", "reaching", "entering");
    /** Words before "to" that make "to X" a destination ("travel to Moscow"), not a recipient ("sold to Moscow"). */
    private static final Set<String> MOTION = Set.of("visit", "visits", "visited", "trip", "trips", "travel",
            "travels", "travelled", "traveled", "travelling", "traveling", "flew", "fly", "flies", "flight",
            "flights", "go", "goes", "went", "going", "came", "come", "comes", "coming", "return", "returned",
            "returns", "returning", "head", "heads", "headed", "heading", "journey", "moved", "drove", "sailed",
            "arrived", "due", "tour", "way", "route", "back", "on", "delegation", "mission", "envoy", "deployed",
            "dispatched", "relocated", "welcome", "invitation", "invited", "invite", "stopover", "visitors");
    /** Nouns before "in" that make the place a topic, not a venue: "the war in Ukraine". */
    private static final Set<String> TOPIC_NOUNS = Set.of("situation", "war", "crisis", "conflict", "peace",
            "stability", "security", "developments", "violence", "fighting", "invasion", "aid", "troops", "forces",
            "investment", "investments", "interests", "operations", "elections", "election", "attack", "attacks",
            "presence", "role", "influence", "process", "cooperation", "trade", "tensions", "events", "crackdown",
            "protests", "unrest", "killings", "bombing", "strikes", "drills", "projects", "embassy", "consulate",
            "stake", "assets", "refugees", "humanitarian", "reconstruction", "deployment", "bases", "base");

    /** Words after which a country is a topic, not a party ("the war in Ukraine" takes LOCATIVE). */
    public static final Set<String> TOPICAL = Set.of("about", "on", "over", "against", "regarding", "concerning",
            "of", "for", "like");
    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> NOT_NAMES = Set.of("headquarters", "house", "palace", "hall", "office",
            "ministry", "council", "department", "airport", "airbase", "base", "summit", "forum", "assembly",
            "committee", "commission", "bank", "university", "organisation", "organization", "agency", "group",
            "corridor", "stream", "party", "league", "front", "movement", "army", "navy", "force", "forces",
            "guard", "corps", "police", "court", "parliament", "senate", "congress", "secretariat", "division",
            "command", "staff", "union", "alliance", "the", "a", "an", "and", "of", "in", "on", "at", "he", "she",
            "it", "they", "his", "her", "their", "its", "this", "that", "these", "those", "we", "i", "you",
            "but", "as", "after", "before", "during", "while", "when", "earlier", "later", "meanwhile", "also",
            "both", "neither", "however", "speaking", "addressing", "according", "separately", "officials",
            "sources", "reports", "agreement", "deal", "talks", "meeting", "visit", "statement");

    private Words() {
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
        if (before.equals("to") || before.equals("towards") || before.equals("toward")) {
            for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                if (MOTION.contains(tokens.get(j).lower())) {
                    return true;
                }
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
        return MONTHS_AND_DAYS.contains(token.lower());
    }

    /** True for a capitalised word that can be part of a person's name. */
    public static boolean canBeNameWord(Token token) {
        if (!token.isCapitalized() || token.text().length() < 2 && !Character.isLetter(token.text().charAt(0))) {
            return false;
        }
        return !NOT_NAMES.contains(token.lower()) && !isCalendarWord(token) && !TitleWords.isTitleWord(token);
    }
}
