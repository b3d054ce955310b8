package dev.dyadwatch.dedupe.similarity;

/**
 * How alike two texts are, estimated from their sketches.
 *
 * @param jaccard shared shingles over all shingles of the two texts, 0 to 1
 * @param containment shared shingles over the shingles of the shorter text, 0 to 1: a copy trimmed to half of its
 *     source still scores 1
 * @param numbers share of the numbers of the text with fewer numbers found in the other, 0 to 1 (1 when either
 *     has none)
 */
public record Similarity(double jaccard, double containment, double numbers) {

    /** Nothing in common. */
    public static final Similarity NONE = new Similarity(0, 0, 0);

    /** Identical texts. */
    public static final Similarity IDENTICAL = new Similarity(1, 1, 1);
}
