package dev.dyadwatch.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final int BINS = 256;

    /** Two sets of random hashes sharing {@code common} of them; each has {@code size} in all. */
    private static long[][] overlappingSets(int size, int common, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] a = new long[size];
        long[] b = new long[size];
        for (int i = 0; i < size; i++) {
            a[i] = random.nextLong();
            b[i] = i < common ? a[i] : random.nextLong();
        }
        return new long[][] {a, b};
    }

    private static double agreement(long[] one, long[] other) {
        int agree = 0;
        for (int i = 0; i < one.length; i++) {
            agree += one[i] == other[i] ? 1 : 0;
        }
        return (double) agree / one.length;
    }

    @Test
    void shouldAgreeInAShareOfBinsCloseToTheJaccardSimilarity() {
        MinHasher hasher = new MinHasher(BINS);
        double errorSum = 0;
        int trials = 40;
        for (int trial = 0; trial < trials; trial++) {
            // 400 shingles each, 240 shared: Jaccard 240 / 560 = 0.4286.
            long[][] sets = overlappingSets(400, 240, trial);
            long[] one = new long[BINS];
            long[] other = new long[BINS];
            hasher.sign(sets[0], 400, one);
            hasher.sign(sets[1], 400, other);
            errorSum += agreement(one, other) - 240.0 / 560;
        }
        assertThat(errorSum / trials).as("mean error of the estimate").isCloseTo(0, within(0.01));
    }

    @Test
    void shouldStayUnbiasedWhenMostBinsAreEmpty() {
        MinHasher hasher = new MinHasher(BINS);
        double errorSum = 0;
        int trials = 60;
        for (int trial = 0; trial < trials; trial++) {
            // 40 shingles in 256 bins: most bins are densified. Jaccard 20 / 60.
            long[][] sets = overlappingSets(40, 20, 1_000 + trial);
            long[] one = new long[BINS];
            long[] other = new long[BINS];
            hasher.sign(sets[0], 40, one);
            hasher.sign(sets[1], 40, other);
            errorSum += agreement(one, other) - 20.0 / 60;
        }
        assertThat(errorSum / trials).isCloseTo(0, within(0.03));
    }

    @Test
    void shouldGiveIdenticalSetsIdenticalSignaturesWhateverTheOrder() {
        long[][] sets = overlappingSets(100, 100, 7);
        long[] reversed = new long[100];
        for (int i = 0; i < 100; i++) {
            reversed[i] = sets[0][99 - i];
        }
        MinHasher hasher = new MinHasher(BINS);
        long[] one = new long[BINS];
        long[] other = new long[BINS];
        hasher.sign(sets[0], 100, one);
        hasher.sign(reversed, 100, other);
        assertThat(other).containsExactly(one);
    }

    @Test
    void shouldHaveNoSignatureWithoutShingles() {
        assertThat(new MinHasher(BINS).sign(new long[0], 0, new long[BINS])).isFalse();
    }

    @Test
    void shouldFillEveryBinFromASingleShingle() {
        long[] signature = new long[BINS];
        assertThat(new MinHasher(BINS).sign(new long[] {42L}, 1, signature)).isTrue();
        assertThat(signature).containsOnly(signature[0]);
    }
}
