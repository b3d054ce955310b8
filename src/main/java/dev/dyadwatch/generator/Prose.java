package dev.dyadwatch.generator;

/** Small text finishing rules shared by everything that writes prose. */
final class Prose {

    private Prose() {
    }

    /**
     * Finishes an expansion: collapses the double spaces left by empty choices, removes spaces before
     * punctuation and upper-cases the first letter (after an opening quote).
     */
    static String tidy(StringBuilder raw) {
        if (needsSpacing(raw)) {
            raw = respace(raw);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    raw.setCharAt(i, Character.toUpperCase(c));
                }
                break;
            }
            if (c != '"' && c != '\'') {
                break;
            }
        }
        return raw.toString();
    }

    private static boolean needsSpacing(StringBuilder text) {
        int length = text.length();
        // indexOf scans are vectorised by the JVM: far cheaper than a loop over characters.
        return length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ' || text.indexOf("  ") >= 0
                || text.indexOf(" ,") >= 0 || text.indexOf(" .") >= 0 || text.indexOf(" ;") >= 0
                || text.indexOf(" :") >= 0;
    }

    private static StringBuilder respace(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean afterSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
            if (c == ' ' && (out.length() == 0 || afterSpace)) {
                continue;
            }
            if ((c == ',' || c == '.' || c == ';' || c == ':') && afterSpace) {
                out.setLength(out.length() - 1);
            }
            out.append(c);
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return out;
    }

    /**
     * Appends {@code word}, turning an indefinite article just before it into "an" when the word starts with a
     * vowel sound ("an Indian", "an Emirati", but "a Ukrainian", "a European").
     */
    static void appendAfterArticle(StringBuilder out, String word) {
        int length = out.length();
        boolean article = length >= 2 && out.charAt(length - 1) == ' '
                && (out.charAt(length - 2) == 'a' || out.charAt(length - 2) == 'A')
                && (length == 2 || out.charAt(length - 3) == ' ' || out.charAt(length - 3) == '"');
        if (article && startsWithVowelSound(word)) {
            out.insert(length - 1, 'n');
        }
        out.append(word);
    }

    static boolean startsWithVowelSound(String word) {
        if (word.isEmpty() || "AEIOUaeiou".indexOf(word.charAt(0)) < 0) {
            return false;
        }
        return !(word.startsWith("Uk") || word.startsWith("Un") || word.startsWith("Uru") || word.startsWith("Eu")
                || word.startsWith("One") || word.startsWith("US"));
    }

    /** "Pakistan's", "the United States'": the possessive of a name. */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** A URL slug of a headline: lower-case words joined by hyphens, at most {@code maxWords} words. */
    static String slug(String headline, int maxWords) {
        StringBuilder out = new StringBuilder(headline.length());
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < headline.length() && words <= maxWords; i++) {
            char c = headline.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    if (words > maxWords) {
                        break;
                    }
                    if (out.length() > 0) {
                        out.append('-');
                    }
                    inWord = true;
                }
                out.append(Character.toLowerCase(c));
            } else if (c != '\'') {
                inWord = false;
            }
        }
        return out.toString();
    }
}
