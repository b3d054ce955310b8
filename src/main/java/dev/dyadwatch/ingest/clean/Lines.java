package dev.dyadwatch.ingest.clean;

/** Small facts about a line of normalised text that several cleaning rules share. */
final class Lines {

    private Lines() {
    }

    /** Characters a sentence, a quotation or a dateline can end with. */
    static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\'' || c == ')'
                || c == '\u2026' || c == ']';
    }

    /** Whether the line ends like a sentence rather than a headline or a menu item. */
    static boolean endsLikeSentence(String text) {
        return !text.isEmpty() && isSentenceEnd(text.charAt(text.length() - 1));
    }

    /** Words separated by spaces. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Whether the text has at least one letter. */
    static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
