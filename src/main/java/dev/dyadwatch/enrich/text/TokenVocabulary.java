package dev.dyadwatch.enrich.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The forms of the words a tokenizer has met (folded key, lower case, word classes), each worked out once and kept
 * as canonical strings, so that a word seen again costs one lookup instead of a fold, a lower-casing and a probe of
 * the word classes. The strings are the JVM's interned instances: the word sets and the tries hold interned
 * strings too (string literals, see {@link WordSet} and {@code TokenTrie}), so a lookup that finds its word
 * compares references instead of characters, and a token's hash code is computed once per word, not once per
 * token.
 *
 * <p>News vocabulary repeats heavily, so a few tens of thousands of words cover nearly every token; the table is
 * emptied when it reaches {@link #MAX_WORDS} words, which bounds its memory on any input. Not thread-safe: one per
 * {@link SentenceSplitter}.
 */
final class TokenVocabulary {

    /** Words kept before the table starts over. */
    static final int MAX_WORDS = 50_000;

    /** One word's forms; see {@link Token}. */
    record Word(String text, String key, String lower, int flags) {
    }

    private final Map<String, Word> words = new HashMap<>();
    private final int maxWords;

    TokenVocabulary() {
        this(MAX_WORDS);
    }

    /** A vocabulary that starts over after {@code maxWords} words. */
    TokenVocabulary(int maxWords) {
        this.maxWords = maxWords;
    }

    /** Number of words kept. */
    int size() {
        return words.size();
    }

    /** The forms of {@code text}, a token as written. */
    Word of(String text) {
        Word word = words.get(text);
        if (word == null) {
            if (words.size() >= maxWords) {
                words.clear();
            }
            String written = text.intern();
            String key = Fold.fold(written).intern();
            String lower = key.toLowerCase(Locale.ROOT).intern();
            word = new Word(written, key, lower, WordClasses.of(lower));
            words.put(written, word);
        }
        return word;
    }

    /** The token over {@code source[start, end)}. */
    Token token(String source, int start, int end) {
        Word word = of(source.substring(start, end));
        return new Token(word.text(), word.key(), word.lower(), start, end, word.flags());
    }
}
