package dev.dyadwatch.enrich.text;

import dev.dyadwatch.ingest.clean.Languages;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an article is English, the only language enrich codes. A declared language (ISO 639-3 or
 * 639-1) is trusted. An undeclared one is judged first by the share of English function words in its opening,
 * which is nearly free; only text that does not look English goes to the language model ({@link Languages}, the
 * one ingest uses, loaded once per JVM). On a headline or a sentence the model is often unsure ("Scholz last
 * visited India in September 2023." reads as Latin); a short text it cannot place is left with no language but
 * coded when it holds an English word, for the cost is lopsided: coding a foreign headline finds no English words
 * of contact and so no contact, while setting aside an English one loses its contacts.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class LanguageGate {

    /** The code of English, as RawArticle.language spells it. */
    public static final String ENGLISH = "eng";

    private static final Set<String> ENGLISH_CODES = WordSet.of("eng", "en", "en-us", "en-gb");
    private static final Set<String> FUNCTION_WORDS = WordSet.of("the", "of", "and", "to", "in", "a", "on", "for",
            "with", "said", "is", "was", "that", "by", "at", "from", "his", "her", "has", "as", "it", "be", "will",
            "have", "an", "after", "were", "their", "its", "which", "who", "this", "are", "also", "had", "he",
            "she", "but", "not", "would", "they", "been");
    /** Words of headlines that are English and rarely anything else ("Putin, Modi hold phone call"). */
    private static final Set<String> HEADLINE_WORDS = WordSet.of("meets", "meet", "met", "visits", "visit",
            "visited", "hold", "holds", "held", "talks", "call", "calls", "phone", "sign", "signs", "signed",
            "hosts", "host", "hosted", "receives", "received", "discuss", "discusses", "discussed", "agree",
            "agrees", "agreed", "deal", "pact", "ties", "summit", "drills", "exercise", "says", "arrives", "ends",
            "begins", "opens", "travel", "travels", "trip", "leaders", "minister", "president");
    private static final int SAMPLE_WORDS = 80;
    private static final double ENGLISH_SHARE = 0.18;
    /** Texts of fewer words are short: the model may not place them, and one English word settles them. */
    private static final int SHORT_WORDS = 25;

    /**
     * The verdict on one article.
     *
     * @param language ISO 639-3 code, declared or detected; null when unknown
     * @param coded true when the article is English and is to be coded
     * @param detected true when the language was detected here, not declared
     */
    public record Verdict(String language, boolean coded, boolean detected) {
    }

    /** Judges an article from its declared language (may be null) and its text. */
    public Verdict judge(String declared, String title, String text) {
        if (declared != null && !declared.isBlank()) {
            String code = declared.strip().toLowerCase(Locale.ROOT);
            return new Verdict(code, ENGLISH_CODES.contains(code), false);
        }
        String sample = text.isBlank() ? title : text;
        if (looksEnglish(sample)) {
            return new Verdict(ENGLISH, true, true);
        }
        if (words(sample, null) < SHORT_WORDS && !title.isBlank() && !text.isBlank()) {
            sample = title + ". " + text;
        }
        Optional<String> detected = Languages.detect(sample);
        if (detected.isPresent()) {
            return new Verdict(detected.get(), ENGLISH_CODES.contains(detected.get()), true);
        }
        boolean english = words(sample, FUNCTION_WORDS) > 0 || words(sample, HEADLINE_WORDS) > 0;
        return new Verdict(null, english, true);
    }

    /** True when at least 18% of the first 80 words are English function words. */
    static boolean looksEnglish(String text) {
        int words = words(text, null);
        int english = words(text, FUNCTION_WORDS);
        return words > 0 && english >= Math.max(1, words * ENGLISH_SHARE);
    }

    /** How many of the first 80 words of {@code text} are in {@code set} (every word when it is null). */
    private static int words(String text, Set<String> set) {
        int words = 0;
        int found = 0;
        int n = text.length();
        int i = 0;
        while (i < n && words < SAMPLE_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (set == null || i - start <= 10 && set.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    found++;
                }
            }
        }
        return found;
    }
}
