package dev.dyadwatch.dedupe.similarity;

import java.util.Arrays;

/**
 * One-permutation MinHash with optimal densification: a signature of {@code bins} values from a single pass over a
 * text's shingle hashes, such that two texts agree in any one bin with probability equal to the Jaccard similarity of
 * their shingle sets.
 *
 * <p>Each shingle hash picks a bin from its high bits and competes for the bin's minimum with an independent
 * re-hash; that is one hash per shingle instead of one per shingle and permutation (measured at about a hundredth of
 * the cost of 128 separate permutations). Bins that no shingle fell into borrow the minimum of another bin, chosen by
 * a probe sequence that depends only on the bin number, so both texts of a pair borrow alike (Shrivastava, "Optimal
 * Densification for Fast and Accurate Minwise Hashing", 2017).
 *
 * <p>Not thread-safe: an instance reuses its buffers.
 */
public final class MinHasher {

    private static final long VALUE_SEED = 0x2545F4914F6CDD1DL;
    private static final long PROBE_SEED = 0x7A3C9E15B4D2F068L;

    private final int bins;
    private final long[] minima;
    private final boolean[] filled;

    /** A hasher into {@code bins} bins. */
    public MinHasher(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a signature needs at least one bin, got " + bins);
        }
        this.bins = bins;
        this.minima = new long[bins];
        this.filled = new boolean[bins];
    }

    public int bins() {
        return bins;
    }

    /**
     * Writes the densified signature of the first {@code count} shingle hashes into {@code signature}.
     *
     * @return false when there are no shingles (the signature is then undefined)
     */
    public boolean sign(long[] shingles, int count, long[] signature) {
        if (signature.length < bins) {
            throw new IllegalArgumentException("signature array holds " + signature.length + " of " + bins + " bins");
        }
        if (count == 0) {
            return false;
        }
        Arrays.fill(minima, Long.MAX_VALUE);
        Arrays.fill(filled, false);
        for (int i = 0; i < count; i++) {
            long h = shingles[i];
            int bin = binOf(h);
            long value = Hashing.mix(h ^ VALUE_SEED) >>> 1;
            if (value < minima[bin]) {
                minima[bin] = value;
            }
            filled[bin] = true;
        }
        for (int bin = 0; bin < bins; bin++) {
            signature[bin] = filled[bin] ? minima[bin] : borrowed(bin);
        }
        return true;
    }

    /** The minimum of the first filled bin on {@code bin}'s probe sequence; at least one bin is filled. */
    private long borrowed(int bin) {
        for (long attempt = 1; ; attempt++) {
            int other = binOf(Hashing.mix(PROBE_SEED + bin * Hashing.GOLDEN + attempt));
            if (filled[other]) {
                return minima[other];
            }
        }
    }

    /** A bin from the high 32 bits, by multiply-shift (uniform, no modulo bias). */
    private int binOf(long hash) {
        return (int) (((hash >>> 32) * bins) >>> 32);
    }
}
