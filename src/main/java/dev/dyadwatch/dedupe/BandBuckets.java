package dev.dyadwatch.dedupe;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The LSH buckets of one band partition, in memory and compact: which articles fell into each band key, by dedupe
 * time, with their publication time. Rebuilt from {@link DedupeStores#BANDS} (one RocksDB entry per probe) whenever
 * its task starts, and kept in step with it afterwards.
 *
 * <p>Articles are split into time slices of {@code horizon / SLICES}; each slice is an open-addressing table from
 * band key to article number that allows repeated keys (a bucket with several articles holds several slots), over
 * primitive arrays of the articles' handle, home and times. Nothing is ever removed from a slice: a whole slice is
 * dropped once dedupe time has moved a horizon past its end. About 16 to 21 bytes per band key and 26 per article,
 * so roughly 300 to 370 bytes for an article's 16 band keys, against several kilobytes for boxed maps.
 *
 * <p>Not thread-safe: one instance per task.
 */
final class BandBuckets {

    /** Slices per horizon: lookups read at most twice this many slices, expiry drops one at a time. */
    static final int SLICES = 8;

    /** What a bucket look-up reports. */
    @FunctionalInterface
    interface Found {
        void found(long handle, int home, long time, long published);
    }

    private final long sliceMillis;
    private final TreeMap<Long, Slice> slices = new TreeMap<>();

    BandBuckets(long horizonMillis) {
        this.sliceMillis = Math.max(1, horizonMillis / SLICES);
    }

    /** Puts the article into the bucket of each of {@code keys}. */
    void add(long[] keys, long handle, int home, long time, long published) {
        slices.computeIfAbsent(Math.floorDiv(time, sliceMillis), s -> new Slice()).add(keys, handle, home, time,
                published);
    }

    /** Reports every article in the bucket of {@code key} with an event time between {@code from} and {@code to}. */
    void find(long key, long from, long to, Found found) {
        for (Slice slice : slices.subMap(Math.floorDiv(from, sliceMillis), true, Math.floorDiv(to, sliceMillis), true)
                .values()) {
            slice.find(key, from, to, found);
        }
    }

    /** Drops the slices that end before {@code time}. */
    void forgetBefore(long time) {
        Iterator<Map.Entry<Long, Slice>> oldest = slices.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<Long, Slice> entry = oldest.next();
            if ((entry.getKey() + 1) * sliceMillis > time) {
                return;
            }
            oldest.remove();
        }
    }

    /** Heap taken by the arrays, in bytes. */
    long bytes() {
        return slices.values().stream().mapToLong(Slice::bytes).sum();
    }

    /** Articles held. */
    int articles() {
        return slices.values().stream().mapToInt(s -> s.articles).sum();
    }

    /** One time slice: a linear-probing multimap from band key to article number. */
    private static final class Slice {
        private long[] keys = new long[64];
        private int[] slots = new int[64];
        private int used;
        private long[] handles = new long[16];
        private long[] times = new long[16];
        private long[] published = new long[16];
        private short[] homes = new short[16];
        private int articles;

        void add(long[] bandKeys, long handle, int home, long time, long publishedAt) {
            if (articles == handles.length) {
                handles = java.util.Arrays.copyOf(handles, articles * 2);
                times = java.util.Arrays.copyOf(times, articles * 2);
                published = java.util.Arrays.copyOf(published, articles * 2);
                homes = java.util.Arrays.copyOf(homes, articles * 2);
            }
            handles[articles] = handle;
            times[articles] = time;
            published[articles] = publishedAt;
            homes[articles] = (short) home;
            articles++;
            for (long key : bandKeys) {
                if ((used + 1) * 4 > keys.length * 3) {
                    grow();
                }
                insert(key, articles);
                used++;
            }
        }

        void find(long key, long from, long to, Found found) {
            int mask = keys.length - 1;
            for (int i = slotOf(key, mask); slots[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    int article = slots[i] - 1;
                    if (times[article] >= from && times[article] <= to) {
                        found.found(handles[article], homes[article], times[article], published[article]);
                    }
                }
            }
        }

        long bytes() {
            return keys.length * 12L + handles.length * 26L;
        }

        private void insert(long key, int articleNumber) {
            int mask = keys.length - 1;
            int i = slotOf(key, mask);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            slots[i] = articleNumber;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[oldSlots.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldSlots[i] != 0) {
                    insert(oldKeys[i], oldSlots[i]);
                }
            }
        }

        private static int slotOf(long key, int mask) {
            // Band keys are already well mixed hashes; fold the high bits in for good measure.
            return (int) (key ^ (key >>> 32)) & mask;
        }
    }
}
