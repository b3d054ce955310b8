package dev.dyadwatch.generator;

import java.util.Arrays;
import java.util.Locale;

/** Word 5-shingles (as sorted hashes) and their Jaccard similarity: how near-duplicate detection sees texts. */
final class Shingles {

    private Shingles() {
    }

    static long[] of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
        long[] hashes = new long[Math.max(0, words.length - 4)];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 1125899906842597L;
            for (int w = i; w < i + 5; w++) {
                hash = 31 * hash + words[w].hashCode();
                hash ^= hash >>> 29;
            }
            hashes[i] = hash;
        }
        Arrays.sort(hashes);
        return Arrays.stream(hashes).distinct().toArray();
    }

    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
