package dev.dyadwatch.enrich.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * A rule tokenizer for news text, written for speed: a token is a run of letters, digits and combining marks
 * (numbers keep their inner "." and ","), a possessive "'s" on its own, or any other single character. Hyphens
 * and periods are tokens of their own, so "Pak-Russia" is {@code Pak - Russia} and "U.S." is
 * {@code U . S .}; dictionary names are tokenized the same way, so they match alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class NewsTokenizer implements Tokenizer {

    /** The one instance. */
    public static final NewsTokenizer INSTANCE = new NewsTokenizer();

    private NewsTokenizer() {
    }

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) {
                        i++;
                    } else if ((d == '.' || d == ',') && Character.isDigit(text.charAt(i - 1)) && i + 1 < n
                            && Character.isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && !isPossessive(text, i)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (isApostrophe(c) && isPossessive(text, i)) {
                i += 2;
            } else {
                i++;
            }
            spans.add(new Span(start, i));
        }
        return spans.toArray(new Span[0]);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            // The common case, answered without the Unicode tables: ASCII has no marks, only these letters and digits.
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** "'s" or "’s" closing a word: Putin's, Pakistan’s. */
    private static boolean isPossessive(String text, int at) {
        int n = text.length();
        return at + 1 < n && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 >= n || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }
}
