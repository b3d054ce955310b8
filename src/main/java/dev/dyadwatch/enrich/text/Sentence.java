package dev.dyadwatch.enrich.text;

import java.util.List;

/**
 * One sentence of an article (or its title) with its tokens.
 *
 * @param index zero-based index among the text's sentences; -1 for the title
 * @param start character offset of the sentence in the text
 * @param end character offset one past its end
 * @param text the sentence as written
 * @param tokens its tokens, offsets in the text
 * @param truncated true when the sentence was cut at the length limit
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, boolean truncated) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the title pseudo-sentence. */
    public static final int TITLE = -1;

    public boolean isTitle() {
        return index == TITLE;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The words of tokens {@code [from, to)} as written in the text. */
    public String words(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
