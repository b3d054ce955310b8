package dev.dyadwatch.dedupe.similarity;

/**
 * How alike two texts are, estimated from their sketches.
 *
 * @param jaccard shared shingles over all shingles of the two texts, 0 to 1
 * @param containment shared shingles over the shingles of the shorter text, 0 to 1: a copy trimmed to half of its
 *     source still scores 1
 * @param numbersCompared how many numbers the text with fewer numbers has (0 when either has none)
 * @param numbersMissing how many of those the other text lacks
 */
public record Similarity(double jaccard, double containment, int numbersCompared, int numbersMissing) {

    /** Nothing in common. */
    public static final Similarity NONE = new Similarity(0, 0, 0, 0);

    /** Identical texts. */
    public static final Similarity IDENTICAL = new Similarity(1, 1, 0, 0);

    /** A similarity of the two shares and no numbers compared. */
    public Similarity(double jaccard, double containment) {
        this(jaccard, containment, 0, 0);
    }
}
