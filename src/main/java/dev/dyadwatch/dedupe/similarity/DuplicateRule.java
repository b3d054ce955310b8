package dev.dyadwatch.dedupe.similarity;

/**
 * When a verified candidate counts as a copy: the shorter text is mostly contained in the longer one
 * ({@code containment >= threshold}), the two overlap substantially overall ({@code jaccard >= MIN_JACCARD}), and
 * they agree on their numbers: the other text lacks at most one in four of the numbers of the text with fewer, or
 * one of two or three (a copyright year or a dateline's day left in by a site); a single number must match.
 *
 * <p>Containment, not Jaccard, is what separates the labelled pairs: a syndicated copy cut to its first three
 * paragraphs still has nearly all of its shingles in the source, while a follow-up that reuses two background
 * paragraphs, or a report that shares a long quotation, has less than 60% of its shingles in the other article.
 * The Jaccard floor keeps out a short text inside a much longer one, whose containment estimate is too noisy to
 * trust (the error grows with the ratio of the sizes). The numbers keep apart reports written from one template
 * ("Report 5: officials met on day 5") that share their wording and differ in their figures and dates.
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
        return similarity.containment() >= threshold && similarity.jaccard() >= MIN_JACCARD
                && numbersAgree(similarity);
    }

    /** True when the texts' numbers leave them possibly copies (see the class description). */
    public static boolean numbersAgree(Similarity similarity) {
        int compared = similarity.numbersCompared();
        return similarity.numbersMissing() <= (compared < 2 ? 0 : Math.max(1, compared / 4));
    }
}
