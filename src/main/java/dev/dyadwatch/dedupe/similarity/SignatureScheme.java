package dev.dyadwatch.dedupe.similarity;

/**
 * The fixed parameters of dedupe signatures. They shape the stored state (band keys and sketches), so they are
 * constants of a deployment rather than options: changing one means resetting the dedupe state.
 *
 * @param shingleWords words per shingle
 * @param bins MinHash bins (a sketch keeps 4 bits of each)
 * @param bands LSH bands
 * @param rows bins per band
 */
public record SignatureScheme(int shingleWords, int bins, int bands, int rows) {

    /**
     * The scheme dyadwatch uses: 4-word shingles, 256 bins, 16 bands of 2 rows. Chosen on the labelled pairs (see
     * the README): a copy trimmed to its first three paragraphs keeps a Jaccard similarity of about 0.4 with its
     * source, and 16 bands of 2 rows make such a pair a candidate with probability 0.95 (0.99 at 0.5), while
     * unrelated articles (similarity below 0.05) collide in fewer than 4 cases in 100.
     */
    public static final SignatureScheme DEFAULT = new SignatureScheme(4, 256, 16, 2);

    public SignatureScheme {
        if (shingleWords < 1 || bins < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("signature parameters must be positive: " + shingleWords + " words, "
                    + bins + " bins, " + bands + "x" + rows + " bands");
        }
        if (bins % 2 != 0) {
            throw new IllegalArgumentException("sketches pack two bins to a byte: the bin count must be even, got "
                    + bins);
        }
        if (bands > 64) {
            throw new IllegalArgumentException("at most 64 bands, got " + bands);
        }
        if (bands * rows > bins) {
            throw new IllegalArgumentException(bands + " bands of " + rows + " rows need more than " + bins + " bins");
        }
    }
}
