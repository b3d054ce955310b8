package dev.dyadwatch.dedupe.similarity;

import java.util.Arrays;

/**
 * The compact form of a text kept in dedupe state to verify a candidate: the low 4 bits of each MinHash bin (b-bit
 * minwise hashing, Li and K&ouml;nig, with b = 4), two bins to a byte, and the number of distinct shingles. Two
 * sketches estimate both the Jaccard similarity and the containment of the smaller text in the larger.
 *
 * <p>Keeping 4 bits instead of 64 per bin makes unrelated bins agree by chance once in 16; the estimate removes that
 * bias. The variance grows by about a tenth against full values, while 256 bins fit in 128 bytes.
 */
public final class Sketch {

    private static final double CHANCE = 1.0 / 16;

    private final byte[] bins;
    private final int shingles;

    /**
     * @param bins the low 4 bits of each signature bin, bin 2i in the low half of byte i (not copied; do not change
     *     it afterwards)
     * @param shingles how many distinct shingles the text has
     */
    public Sketch(byte[] bins, int shingles) {
        if (shingles < 0) {
            throw new IllegalArgumentException("negative shingle count " + shingles);
        }
        this.bins = bins;
        this.shingles = shingles;
    }

    /** The sketch of a densified signature. */
    public static Sketch of(long[] signature, int binCount, int distinctShingles) {
        byte[] packed = new byte[bytesFor(binCount)];
        for (int i = 0; i < binCount; i++) {
            packed[i >> 1] |= (byte) ((signature[i] & 0xF) << ((i & 1) << 2));
        }
        return new Sketch(packed, distinctShingles);
    }

    /** Bytes taken by a sketch of {@code binCount} bins. */
    public static int bytesFor(int binCount) {
        return (binCount + 1) / 2;
    }

    /** The packed bins (the array itself: do not change it). */
    public byte[] bins() {
        return bins;
    }

    public int shingles() {
        return shingles;
    }

    /** Estimates the similarity of the two texts; sketches of different sizes or empty texts are not similar. */
    public Similarity compare(Sketch other) {
        if (bins.length != other.bins.length || bins.length == 0 || shingles == 0 || other.shingles == 0) {
            return Similarity.NONE;
        }
        int agree = 0;
        for (int i = 0; i < bins.length; i++) {
            int diff = bins[i] ^ other.bins[i];
            agree += ((diff & 0x0F) == 0 ? 1 : 0) + ((diff & 0xF0) == 0 ? 1 : 0);
        }
        double observed = (double) agree / (2 * bins.length);
        double jaccard = Math.max(0.0, (observed - CHANCE) / (1 - CHANCE));
        // |A ∩ B| = J |A ∪ B| = J (|A| + |B|) / (1 + J); containment divides by the smaller set.
        double common = jaccard * (shingles + other.shingles) / (1 + jaccard);
        double containment = Math.min(1.0, common / Math.min(shingles, other.shingles));
        return new Similarity(jaccard, containment);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sketch that && shingles == that.shingles && Arrays.equals(bins, that.bins);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bins) + shingles;
    }

    @Override
    public String toString() {
        return "Sketch[" + bins.length + " bins, " + shingles + " shingles]";
    }
}
