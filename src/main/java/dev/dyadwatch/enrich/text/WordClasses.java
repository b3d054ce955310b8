package dev.dyadwatch.enrich.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Closed classes of words the resolver and the coder ask about for every token (title words, ranks, month and
 * weekday names, words that are never part of a name). Each token carries its classes as bit flags, looked up
 * once when it is made, so that the many passes over a sentence test a bit instead of probing sets.
 */
public final class WordClasses {

    /** heads. */
    public static final Set<String> HEADS = WordSet.of("president", "minister", "premier", "pm", "chancellor",
            "secretary", "king", "queen", "emir", "sultan", "prince", "leader", "ambassador", "envoy",
            "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "speaker", "general", "admiral",
            "commander", "chief", "diplomat", "fm", "governor", "marshal", "taoiseach", "monarch", "counsellor",
            "official", "negotiator", "representative", "commissioner", "chairman", "head");
    /** plural heads. */
    public static final Set<String> PLURAL_HEADS = WordSet.of("presidents", "ministers", "premiers", "leaders",
            "ambassadors", "envoys", "officials", "diplomats", "generals", "commanders", "secretaries",
            "negotiators", "representatives", "advisers", "chiefs", "heads");
    /** modifiers. */
    public static final Set<String> MODIFIERS = WordSet.of("deputy", "vice", "acting", "interim", "caretaker",
            "senior", "special", "top", "first", "state", "prime", "foreign", "defence", "defense", "interior",
            "home", "finance", "commerce", "trade", "business", "energy", "petroleum", "economy", "economic",
            "external", "affairs", "security", "national", "housing", "information", "planning", "health",
            "agriculture", "industry", "justice", "education", "railways", "culture", "maritime", "water", "power",
            "climate", "ministry", "office", "house", "army", "staff", "naval", "navy", "air", "force", "military",
            "crown", "supreme", "lieutenant", "lt", "gen", "major", "brigadier", "colonel", "field", "joint",
            "assistant", "junior", "permanent", "cabinet", "executive", "federal", "privatisation", "privatization",
            "investment", "development", "overseas", "parliamentary", "presidential", "chief", "intelligence",
            "mr", "ms", "mrs", "dr", "retd", "principal", "grand", "under", "undersecretary", "minister's", "tariff",
            "treasury", "transport", "labour", "labor", "environment", "communications", "technology", "tourism",
            "aviation", "homeland", "nuclear", "coast", "guard");
    /** ranks. */
    public static final Set<String> RANKS = WordSet.of("general", "gen", "lieutenant", "lt", "admiral", "adm",
            "colonel", "col", "major", "maj", "brigadier", "brig", "marshal", "air", "chief", "field", "dr", "mr",
            "ms", "mrs", "sheikh", "prince", "princess", "retd", "captain", "capt", "commodore", "vice", "rear");
    /** months and days. */
    public static final Set<String> MONTHS_AND_DAYS = WordSet.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** not names. */
    public static final Set<String> NOT_NAMES = WordSet.of("headquarters", "house", "palace", "hall", "office",
            "ministry", "council", "department", "airport", "airbase", "base", "summit", "forum", "assembly",
            "committee", "commission", "bank", "university", "organisation", "organization", "agency", "group",
            "corridor", "stream", "party", "league", "front", "movement", "army", "navy", "force", "forces",
            "guard", "corps", "police", "court", "parliament", "senate", "congress", "secretariat", "division",
            "command", "staff", "union", "alliance", "the", "a", "an", "and", "of", "in", "on", "at", "he", "she",
            "it", "they", "his", "her", "their", "its", "this", "that", "these", "those", "we", "i", "you",
            "but", "as", "after", "before", "during", "while", "when", "earlier", "later", "meanwhile", "also",
            "both", "neither", "however", "speaking", "addressing", "according", "separately", "officials",
            "sources", "reports", "agreement", "deal", "talks", "meeting", "visit", "statement");

    /** The function words names contain. */
    public static final Set<String> NAME_FUNCTION_WORDS = WordSet.of("the", "of", "and", "for", "de", "du", "la",
            "le", "del", "bin", "ibn", "al", "el", "ul", "van", "von", "der", "da", "dos", "das");

    /** A head noun of a title ("minister", "president"). */
    public static final int HEAD = 1;
    /** A plural head noun ("ministers", "officials"). */
    public static final int PLURAL_HEAD = 2;
    /** A word that may stand in a title before its head ("deputy", "foreign"). */
    public static final int MODIFIER = 4;
    /** A rank or honorific before a name ("General", "Dr"). */
    public static final int RANK = 8;
    /** A month or weekday name. */
    public static final int CALENDAR = 16;
    /** A word that is never part of a person's name ("Headquarters", "the"). */
    public static final int NOT_NAME = 32;
    /** A function word of names, matched in any case ("the Kremlin", "Republic of Korea"): see NameKeys. */
    public static final int NAME_FUNCTION_WORD = 64;
    /** Any title word. */
    public static final int TITLE = HEAD | PLURAL_HEAD | MODIFIER;

    private static final Map<String, Integer> FLAGS = new HashMap<>();

    static {
        HEADS.forEach(x -> FLAGS.merge(x, HEAD, (a, b) -> a | b));
        PLURAL_HEADS.forEach(x -> FLAGS.merge(x, PLURAL_HEAD, (a, b) -> a | b));
        MODIFIERS.forEach(x -> FLAGS.merge(x, MODIFIER, (a, b) -> a | b));
        RANKS.forEach(x -> FLAGS.merge(x, RANK, (a, b) -> a | b));
        MONTHS_AND_DAYS.forEach(x -> FLAGS.merge(x, CALENDAR, (a, b) -> a | b));
        NOT_NAMES.forEach(x -> FLAGS.merge(x, NOT_NAME, (a, b) -> a | b));
        NAME_FUNCTION_WORDS.forEach(x -> FLAGS.merge(x, NAME_FUNCTION_WORD, (a, b) -> a | b));
    }

    private WordClasses() {
    }

    /** The classes of a lower-case word, as bit flags. */
    public static int of(String lower) {
        Integer flags = FLAGS.get(lower);
        return flags == null ? 0 : flags;
    }
}
