package dev.dyadwatch.dedupe.similarity;

/**
 * Locality-sensitive hashing over a MinHash signature: {@code bands} groups of {@code rows} consecutive bins, each
 * hashed to one 64-bit band key. Two texts with Jaccard similarity {@code s} share at least one band key with
 * probability {@code 1 - (1 - s^rows)^bands}; sharing one makes them candidates, which are then verified.
 *
 * <p>The band number is mixed into the key, so equal bins in different bands never collide.
 */
public final class LshBands {

    private static final long BAND_SEED = 0x3C6EF372FE94F82BL;

    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("LSH needs at least one band of one row, got " + bands + "x" + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** How many signature bins the bands read. */
    public int binsUsed() {
        return bands * rows;
    }

    /** The band keys of a signature of at least {@link #binsUsed()} bins. */
    public long[] keys(long[] signature) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Hashing.mix(BAND_SEED + band * Hashing.GOLDEN);
            for (int row = 0; row < rows; row++) {
                h = Hashing.mix(h ^ signature[band * rows + row]);
            }
            keys[band] = h;
        }
        return keys;
    }

    /** The probability that two texts of Jaccard similarity {@code jaccard} share at least one band. */
    public double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }
}
