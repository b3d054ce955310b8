package dev.dyadwatch.dedupe.similarity;

/**
 * The verification of one candidate pair.
 *
 * @param copy whether the two texts are copies of one story
 * @param sameText whether the normalised texts are identical
 * @param similarity the estimated similarity ({@link Similarity#IDENTICAL} for identical texts)
 */
public record CopyCheck(boolean copy, boolean sameText, Similarity similarity) {
}
