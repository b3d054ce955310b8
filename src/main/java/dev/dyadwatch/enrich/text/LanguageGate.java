package dev.dyadwatch.enrich.text;

import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Decides whether an article is English, the only language enrich codes. A declared language (ISO 639-3 or
 * 639-1) is trusted. An undeclared one is judged first by the share of English function words in its opening,
 * which is nearly free; only text that does not look English goes to OpenNLP's language detector (about 1 ms
 * per article), so English news pays nothing for the check.
 *
 * <p>Not thread-safe: one per thread (it holds a {@link LanguageDetectorME}).
 */
public final class LanguageGate {

    /** The code of English, as RawArticle.language spells it. */
    public static final String ENGLISH = "eng";

    private static final Set<String> ENGLISH_CODES = WordSet.of("eng", "en", "en-us", "en-gb");
    private static final Set<String> FUNCTION_WORDS = WordSet.of("the", "of", "and", "to", "in", "a", "on", "for",
            "with", "said", "is", "was", "that", "by", "at", "from", "his", "her", "has", "as", "it", "be", "will",
            "have", "an", "after", "were", "their", "its", "which", "who", "this", "are", "also", "had", "he",
            "she", "but", "not", "would", "they", "been");
    private static final int SAMPLE_WORDS = 80;
    private static final double ENGLISH_SHARE = 0.18;
    private static final int DETECTOR_CHARS = 600;

    private LanguageDetectorME detector;

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
        if (detector == null) {
            detector = new LanguageDetectorME(TextModels.languages());
        }
        Language best = detector.predictLanguage(sample.length() > DETECTOR_CHARS
                ? sample.substring(0, DETECTOR_CHARS) : sample);
        String code = best.getLang();
        return new Verdict(code, ENGLISH_CODES.contains(code), true);
    }

    /** True when at least 18% of the first 80 words are English function words. */
    static boolean looksEnglish(String text) {
        int words = 0;
        int english = 0;
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
                if (i - start <= 5 && FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
        }
        return words > 0 && english >= Math.max(1, words * ENGLISH_SHARE);
    }
}
