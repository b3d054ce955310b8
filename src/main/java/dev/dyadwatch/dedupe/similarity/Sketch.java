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

    /** Numbers kept per text: the smallest hashes, a sample two texts draw alike. */
    public static final int MAX_NUMBERS = 24;

    private static final double CHANCE = 1.0 / 16;

    private final byte[] bins;
    private final int shingles;
    private final int[] numbers;

    /**
     * @param bins the low 4 bits of each signature bin, bin 2i in the low half of byte i (not copied; do not change
     *     it afterwards)
     * @param shingles how many distinct shingles the text has
     */
    public Sketch(byte[] bins, int shingles) {
        this(bins, shingles, new int[0]);
    }

    /**
     * @param bins the packed bins, as for {@link #Sketch(byte[], int)}
     * @param shingles how many distinct shingles the text has
     * @param numbers the text's numbers as distinct 32-bit hashes in ascending order, at most {@link #MAX_NUMBERS}
     *     (not copied)
     */
    public Sketch(byte[] bins, int shingles, int[] numbers) {
        if (shingles < 0) {
            throw new IllegalArgumentException("negative shingle count " + shingles);
        }
        if (numbers.length > MAX_NUMBERS) {
            throw new IllegalArgumentException(numbers.length + " numbers, more than " + MAX_NUMBERS);
        }
        this.bins = bins;
        this.shingles = shingles;
        this.numbers = numbers;
    }

    /** The sketch of a densified signature. */
    public static Sketch of(long[] signature, int binCount, int distinctShingles, int[] numbers) {
        byte[] packed = new byte[bytesFor(binCount)];
        for (int i = 0; i < binCount; i++) {
            packed[i >> 1] |= (byte) ((signature[i] & 0xF) << ((i & 1) << 2));
        }
        return new Sketch(packed, distinctShingles, numbers);
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

    /** The number hashes (the array itself: do not change it). */
    public int[] numbers() {
        return numbers;
    }

    /**
     * How many of the numbers of the text with fewer numbers the other text also has (0 when either has none): a
     * copy keeps the figures and dates of its source, a trimmed copy a subset of them.
     */
    public int numbersShared(Sketch other) {
        int shared = 0;
        for (int i = 0, j = 0; i < numbers.length && j < other.numbers.length; ) {
            int mine = numbers[i];
            int theirs = other.numbers[j];
            if (mine == theirs) {
                shared++;
                i++;
                j++;
            } else if (mine < theirs) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** How many numbers the text with fewer numbers has. */
    public int numbersCompared(Sketch other) {
        return Math.min(numbers.length, other.numbers.length);
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
        int compared = numbersCompared(other);
        return new Similarity(jaccard, containment, compared, compared - numbersShared(other));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sketch that && shingles == that.shingles && Arrays.equals(numbers, that.numbers)
                && Arrays.equals(bins, that.bins);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(bins) + shingles) + Arrays.hashCode(numbers);
    }

    @Override
    public String toString() {
        return "Sketch[" + bins.length + " bins, " + shingles + " shingles]";
    }
}
