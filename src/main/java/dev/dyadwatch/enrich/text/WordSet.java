package dev.dyadwatch.enrich.text;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A fixed set of words for the coder's and the resolver's many "is this word one of ..." questions. The coder asks
 * them for nearly every token of every sentence; {@code Set.of} answers each with an integer division (its table is
 * not a power of two), a hash set with a mask, which made extraction several per cent faster
 * ({@code EnrichExtractionBench}). Like {@code Set.of} it refuses duplicates and nulls and cannot be changed.
 */
public final class WordSet {

    private WordSet() {
    }

    /**
     * The set of {@code words}; each must be given once. The words are kept interned, like the forms tokens carry
     * ({@link TokenVocabulary}): a token's word found in the set is then the same instance.
     */
    public static Set<String> of(String... words) {
        Set<String> set = new HashSet<>(words.length * 2);
        for (String word : words) {
            if (!set.add(java.util.Objects.requireNonNull(word, "word").intern())) {
                throw new IllegalArgumentException("duplicate word: " + word);
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
