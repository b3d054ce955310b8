package dev.dyadwatch.enrich;

/**
 * Bounds on the work spent on one article, so that an enormous input (a log dump, a whole book pasted into a
 * page) costs bounded time and memory instead of stalling a stream thread or exhausting the heap. Whatever lies
 * past a bound is not coded, and the enriched article says so in its {@code codingNotes}.
 *
 * @param maxTextChars characters of the text that are read at all
 * @param maxSentences sentences that are coded
 * @param maxSentenceChars characters of one sentence that are coded (a longer one is cut)
 */
public record CodingLimits(int maxTextChars, int maxSentences, int maxSentenceChars) {

    /** 200,000 characters, 1,500 sentences, 2,000 characters per sentence: far above any real news article. */
    public static final CodingLimits DEFAULT = new CodingLimits(200_000, 1_500, 2_000);

    public CodingLimits {
        if (maxTextChars <= 0 || maxSentences <= 0 || maxSentenceChars <= 0) {
            throw new IllegalArgumentException("coding limits must be positive");
        }
    }
}
