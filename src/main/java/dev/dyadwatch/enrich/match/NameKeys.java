package dev.dyadwatch.enrich.match;

import dev.dyadwatch.enrich.text.Fold;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordClasses;
import java.util.Locale;
import java.util.Set;

/**
 * How tokens are compared with dictionary names: folded (see {@link Fold}), case kept, except for the few
 * function words that names contain ("the Kremlin", "Republic of Korea"), which match in any case. And the
 * consonant skeleton that ties transliteration variants together.
 */
public final class NameKeys {

    private static final Set<String> CASELESS = WordClasses.NAME_FUNCTION_WORDS;

    private NameKeys() {
    }

    /** The key of a text token. */
    public static String of(Token token) {
        return (token.flags() & WordClasses.NAME_FUNCTION_WORD) != 0 ? token.lower() : token.key();
    }

    /** The key of a word of a dictionary name. */
    public static String of(String word) {
        String folded = Fold.fold(word);
        String lower = folded.toLowerCase(Locale.ROOT);
        return CASELESS.contains(lower) ? lower : folded;
    }

    /**
     * The consonant skeleton of a name word: lower case, folded, "x" read as "ks", vowels and "y" dropped after
     * the first letter, doubled letters collapsed. "Sergei" and "Sergey" are both {@code srg}; "Zelensky" and
     * "Zelenskyy" {@code zlnsk}; "Mohammed" and "Muhammad" {@code mhmd}.
     */
    public static String skeleton(String word) {
        String lower = Fold.fold(word).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        char last = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (out.length() > 0 && "aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'x') {
                if (last != 'k') {
                    out.append('k');
                }
                out.append('s');
                last = 's';
                continue;
            }
            if (c != last) {
                out.append(c);
                last = c;
            }
        }
        return out.toString();
    }
}
