package dev.dyadwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The language model's parameters keyed by character n-grams packed into longs, so a text is scored without making
 * a string per n-gram and hashing it. The score of a language is the sum of the parameters of the text's distinct
 * n-grams, as in OpenNLP's {@code GISModel.eval}; that method then applies a softmax, which does not change which
 * language scores highest, so only the sums are computed here.
 *
 * <p>Scoring is bound by memory reads, so the layout is chosen for them: one open-addressing table per n-gram
 * length (the 1- and 2-gram tables, read for two thirds of the lookups, stay small enough for the processor's
 * caches), each slot holding the n-gram and where its parameters are side by side, and the parameters in flat arrays
 * ordered by n-gram length.
 */
final class LanguageModelIndex {

    /** Per n-gram length 1..3: slots of two longs, the packed n-gram, then parameter start (high) and count (low). */
    private final long[][] tables;
    private final short[] outcomeIds;
    private final double[] parameters;
    private final String[] outcomes;

    private LanguageModelIndex(long[][] tables, short[] outcomeIds, double[] parameters, String[] outcomes) {
        this.tables = tables;
        this.outcomeIds = outcomeIds;
        this.parameters = parameters;
        this.outcomes = outcomes;
    }

    /** Indexes a maxent model whose features are strings of one to three characters. */
    @SuppressWarnings("unchecked")
    static LanguageModelIndex of(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        if (outcomes.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many outcomes: " + outcomes.length);
        }
        List<List<Map.Entry<String, Context>>> byLength = List.of(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            int length = feature.getKey().length();
            if (length < 1 || length > 3) {
                throw new IllegalArgumentException("not a character n-gram model: feature '" + feature.getKey() + "'");
            }
            byLength.get(length).add(feature);
        }
        long total = features.values().stream().mapToLong(c -> c.getOutcomes().length).sum();
        short[] outcomeIds = new short[Math.toIntExact(total)];
        double[] parameters = new double[Math.toIntExact(total)];
        long[][] tables = new long[4][];
        int next = 0;
        for (int length = 1; length <= 3; length++) {
            List<Map.Entry<String, Context>> grams = byLength.get(length);
            int size = Integer.highestOneBit(Math.max(16, grams.size() * 3 / 2)) * 2;
            long[] table = new long[size * 2];
            for (Map.Entry<String, Context> feature : grams) {
                long key = pack(feature.getKey(), 0, length);
                int slot = slot(key, size - 1);
                while (table[2 * slot] != 0) {
                    slot = (slot + 1) & (size - 1);
                }
                int[] ids = feature.getValue().getOutcomes();
                double[] values = feature.getValue().getParameters();
                table[2 * slot] = key;
                table[2 * slot + 1] = (long) next << 32 | ids.length;
                for (int k = 0; k < ids.length; k++) {
                    outcomeIds[next] = (short) ids[k];
                    parameters[next++] = values[k];
                }
            }
            tables[length] = table;
        }
        return new LanguageModelIndex(tables, outcomeIds, parameters, outcomes);
    }

    /**
     * The best language of a text and how far ahead of the next it is.
     *
     * @param language the language whose parameters sum highest
     * @param margin its sum minus the runner-up's: the log of the ratio of their probabilities after the softmax
     */
    record Guess(String language, double margin) {
    }

    /** The language whose parameters sum highest over the distinct 1- to 3-grams of {@code chars}. */
    String best(String chars) {
        return guess(chars).language();
    }

    /** The best language over the distinct 1- to 3-grams of {@code chars}, with its lead over the runner-up. */
    Guess guess(String chars) {
        double[] sums = new double[outcomes.length];
        int seenSize = Integer.highestOneBit(Math.max(16, chars.length() * 3)) * 4;
        long[] seen = new long[seenSize];
        for (int n = 1; n <= 3; n++) {
            long[] table = tables[n];
            int mask = table.length / 2 - 1;
            for (int i = 0; i + n <= chars.length(); i++) {
                long key = pack(chars, i, n);
                if (!addTo(seen, key)) {
                    continue;
                }
                long where = lookup(table, mask, key);
                if (where >= 0) {
                    int start = (int) (where >>> 32);
                    for (int k = start, end = start + (int) (where & 0xFFFFFFFFL); k < end; k++) {
                        sums[outcomeIds[k]] += parameters[k];
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (sums[i] > sums[best]) {
                best = i;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sums.length; i++) {
            if (i != best && sums[i] > second) {
                second = sums[i];
            }
        }
        return new Guess(outcomes[best], sums[best] - second);
    }

    /** Where the parameters of {@code key} are (start and count, packed), or -1 for an n-gram the model lacks. */
    private static long lookup(long[] table, int mask, long key) {
        for (int slot = slot(key, mask); table[2 * slot] != 0; slot = (slot + 1) & mask) {
            if (table[2 * slot] == key) {
                return table[2 * slot + 1];
            }
        }
        return -1;
    }

    /** Adds {@code key} to an open-addressing set; false when it was there already. */
    private static boolean addTo(long[] set, long key) {
        int setMask = set.length - 1;
        for (int slot = slot(key, setMask); ; slot = (slot + 1) & setMask) {
            if (set[slot] == key) {
                return false;
            }
            if (set[slot] == 0) {
                set[slot] = key;
                return true;
            }
        }
    }

    /** Length in the top bits, then up to three UTF-16 chars: never 0, distinct for distinct n-grams. */
    private static long pack(CharSequence chars, int start, int length) {
        long key = (long) length << 48;
        for (int i = 0; i < length; i++) {
            key |= (long) chars.charAt(start + i) << (16 * (2 - i));
        }
        return key;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
