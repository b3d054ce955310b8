package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import java.util.Set;

/** Small closed word classes the resolver and the coder consult. */
public final class Words {

    /** Prepositions and verbs after which a capital or country is a place, not an actor. */
    public static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "into", "near", "outside",
            "via", "around", "across", "toward", "towards", "inside", "visit", "visited", "visiting", "visits",
            "leaving", "left", "reached", "reach", "toured", "tour", "touring", "throughout", "within", "through",
            "arrive", "arrived", "arrives", "arriving", "arrival", "trip", "travel", "travelled", "traveled",
            "returned", "return", "back");
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
