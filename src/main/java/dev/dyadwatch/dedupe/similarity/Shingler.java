package dev.dyadwatch.dedupe.similarity;

import java.util.Arrays;

/**
 * Cuts a text into word shingles and hashes each: the set two texts are compared on.
 *
 * <p>Words are runs of letters and digits, lower-cased, the rest is separator (the same folding as the content
 * hash), so case, punctuation and spacing never matter. A shingle is {@code words} consecutive words; a text shorter
 * than that is one shingle of all its words. Hashes are order-sensitive within a shingle.
 *
 * <p>The numbers of the text (runs of digits, so "200MW" gives 200) are also collected, as 32-bit hashes: two
 * reports written from one template differ in little but their figures and dates, and a copy keeps them.
 *
 * <p>Not thread-safe: an instance reuses its buffers from one text to the next (one per stream thread).
 */
public final class Shingler {

    private static final long SHINGLE_SEED = 0x5D1F3A7C9B2E4F61L;

    private final int words;
    private long[] tokens = new long[512];
    private long[] shingles = new long[512];
    private long[] seen = new long[1024];
    private int shingleCount;
    private long[] numbers = new long[64];
    private int numberCount;
    private long digits;
    private boolean inNumber;

    /** A shingler of {@code words}-word shingles. */
    public Shingler(int words) {
        if (words < 1) {
            throw new IllegalArgumentException("shingles need at least one word, got " + words);
        }
        this.words = words;
    }

    /** Shingles {@code text}; read them with {@link #hashes()} and {@link #count()} until the next call. */
    public void shingle(String text) {
        int tokenCount = tokenize(text);
        shingleCount = 0;
        if (tokenCount == 0) {
            return;
        }
        int span = Math.min(words, tokenCount);
        int total = tokenCount - span + 1;
        if (shingles.length < total) {
            shingles = new long[Math.max(total, shingles.length * 2)];
        }
        for (int start = 0; start < total; start++) {
            long h = SHINGLE_SEED;
            for (int i = start; i < start + span; i++) {
                h = Long.rotateLeft((h ^ tokens[i]) * Hashing.GOLDEN, 29);
            }
            shingles[start] = Hashing.mix(h);
        }
        shingleCount = total;
    }

    /** The shingle hashes of the last text, in text order (repeats included); valid up to {@link #count()}. */
    public long[] hashes() {
        return shingles;
    }

    /**
     * The last text's numbers as distinct 32-bit hashes in ascending (signed) order, at most {@code max} of them
     * (the smallest, a sample that two texts draw alike).
     */
    public int[] numberHashes(int max) {
        long[] sorted = java.util.Arrays.copyOf(numbers, numberCount);
        java.util.Arrays.sort(sorted);
        int[] out = new int[Math.min(max, sorted.length)];
        int n = 0;
        for (int i = 0; i < sorted.length && n < out.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                out[n++] = (int) sorted[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** How many shingles the last text had, repeats included. */
    public int count() {
        return shingleCount;
    }

    /** How many distinct shingles the last text had. */
    public int distinctCount() {
        int capacity = Integer.highestOneBit(Math.max(16, shingleCount * 2 - 1)) << 1;
        if (seen.length < capacity) {
            seen = new long[capacity];
        } else {
            Arrays.fill(seen, 0, capacity, 0L);
        }
        int mask = capacity - 1;
        int distinct = 0;
        for (int i = 0; i < shingleCount; i++) {
            long h = shingles[i] == 0 ? 1 : shingles[i];
            int slot = (int) h & mask;
            while (seen[slot] != 0 && seen[slot] != h) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == 0) {
                seen[slot] = h;
                distinct++;
            }
        }
        return distinct;
    }

    /** Hashes each word of {@code text} into {@link #tokens}; returns how many there are. */
    private int tokenize(String text) {
        int count = 0;
        long h = 0;
        boolean inWord = false;
        numberCount = 0;
        inNumber = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= '0' && cp <= '9') {
                digits = inNumber ? digits * 31 + (cp - '0' + 1) : cp - '0' + 1;
                inNumber = true;
            } else if (inNumber) {
                addNumber();
            }
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    h = 0xCBF29CE484222325L;
                    inWord = true;
                }
                h = (h ^ Character.toLowerCase(cp)) * 0x100000001B3L;
            } else if (inWord) {
                count = addToken(count, h);
                inWord = false;
            }
        }
        if (inWord) {
            count = addToken(count, h);
        }
        if (inNumber) {
            addNumber();
        }
        return count;
    }

    private void addNumber() {
        if (numberCount == numbers.length) {
            numbers = java.util.Arrays.copyOf(numbers, numberCount * 2);
        }
        // The high 32 bits as a signed value: sorting the longs sorts the ints alike.
        numbers[numberCount++] = Hashing.mix(digits) >> 32;
        inNumber = false;
    }

    private int addToken(int count, long h) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        tokens[count] = Hashing.mix(h);
        return count + 1;
    }
}
