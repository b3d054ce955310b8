package dev.dyadwatch.enrich.text;

/**
 * One token of an article.
 *
 * @param text the characters as written
 * @param key the folded form used for dictionary matching (see {@link Fold})
 * @param lower the folded form in lower case, used for trigger words and titles
 * @param start character offset of the token in the text it came from
 * @param end character offset one past its end
 * @param flags its {@link WordClasses}
 */
public record Token(String text, String key, String lower, int start, int end, int flags) {

    /** Builds a token over {@code text[start, end)}. */
    public static Token of(String source, int start, int end) {
        String text = source.substring(start, end);
        String key = Fold.fold(text);
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return new Token(text, key, lower, start, end, WordClasses.of(lower));
    }

    /** True when the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** True when the token is a single character that is not a letter or digit. */
    public boolean isPunctuation() {
        return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0));
    }

    /** True for a possessive "'s". */
    public boolean isPossessive() {
        return key.equals("'s") || key.equals("'S");
    }
}
