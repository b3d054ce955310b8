package dev.dyadwatch.dedupe.similarity;

/**
 * When a verified candidate counts as a copy: the shorter text is mostly contained in the longer one
 * ({@code containment >= threshold}) and the two overlap substantially overall ({@code jaccard >= MIN_JACCARD}).
 *
 * <p>Containment, not Jaccard, is what separates the labelled pairs: a syndicated copy cut to its first three
 * paragraphs still has nearly all of its shingles in the source, while a follow-up that reuses two background
 * paragraphs, or a report that shares a long quotation, has less than 60% of its shingles in the other article.
 * The Jaccard floor keeps out a short text inside a much longer one, whose containment estimate is too noisy to
 * trust (the error grows with the ratio of the sizes).
 *
 * @param threshold minimum containment of the shorter text in the longer
 */
public record DuplicateRule(double threshold) {

    /** Below this estimated Jaccard similarity a pair is never a copy. */
    public static final double MIN_JACCARD = 0.25;

    /** The default threshold, chosen on the labelled pairs (see the README). */
    public static final double DEFAULT_THRESHOLD = 0.70;

    public DuplicateRule {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("containment threshold must be in (0, 1], got " + threshold);
        }
    }

    /** True when {@code similarity} makes two texts copies of one another. */
    public boolean isCopy(Similarity similarity) {
        return similarity.containment() >= threshold && similarity.jaccard() >= MIN_JACCARD;
    }
}
