package dev.dyadwatch.ingest.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English function words that no other language written in the Latin alphabet uses as common words ("the",
 * "with", "which"; not "was", "will" or "also", which German and Dutch use too), and short ones English shares
 * with some ("in", "at", "on", "of", "a"). A text in which several of them, one at least of the first kind, make a
 * good share of the words is English, whatever the language model makes of the names around them: on a sentence
 * full of names the model often answers Latin, Spanish or Waray, and clearly enough to be believed.
 */
final class EnglishWords {

    private static final Set<String> ENGLISH_ONLY = Set.of("the", "and", "with", "were", "has", "have", "said",
            "would", "from", "that", "this", "which", "their", "after", "been", "held", "his", "its", "they", "who",
            "are");
    private static final Set<String> SHARED = Set.of("in", "at", "on", "of", "a", "an", "to", "by", "for", "is");
    /** Distinct function words a text needs. */
    static final int MIN_DISTINCT = 3;
    /** Their share of the text's words. */
    static final double MIN_SHARE = 0.15;

    private EnglishWords() {
    }

    /**
     * True when at least {@link #MIN_DISTINCT} distinct English function words, one of them English only, make
     * {@link #MIN_SHARE} of the text's words.
     */
    static boolean dominate(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        Set<String> distinct = new HashSet<>();
        boolean englishOnly = false;
        int count = 0;
        int all = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            all++;
            boolean only = ENGLISH_ONLY.contains(word);
            if (only || SHARED.contains(word)) {
                count++;
                distinct.add(word);
                englishOnly |= only;
            }
        }
        return englishOnly && distinct.size() >= MIN_DISTINCT && count >= MIN_SHARE * all;
    }
}
