package dev.dyadwatch.ingest.clean;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The language model's parameters keyed by character n-grams packed into longs, so a text is scored without making
 * a string per n-gram and hashing it. The score of a language is the sum of the parameters of the text's distinct
 * n-grams, as in OpenNLP's {@code GISModel.eval}; that method then applies a softmax, which does not change which
 * language scores highest, so only the sums are computed here.
 */
final class LanguageModelIndex {

    private final long[] keys;
    private final Context[] contexts;
    private final int mask;
    private final String[] outcomes;

    private LanguageModelIndex(long[] keys, Context[] contexts, String[] outcomes) {
        this.keys = keys;
        this.contexts = contexts;
        this.mask = keys.length - 1;
        this.outcomes = outcomes;
    }

    /** Indexes a maxent model whose features are strings of one to three characters. */
    @SuppressWarnings("unchecked")
    static LanguageModelIndex of(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        int size = Integer.highestOneBit(Math.max(16, features.size() * 2)) * 2;
        long[] keys = new long[size];
        Context[] contexts = new Context[size];
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String gram = feature.getKey();
            if (gram.isEmpty() || gram.length() > 3) {
                throw new IllegalArgumentException("not a character n-gram model: feature '" + gram + "'");
            }
            long key = pack(gram, 0, gram.length());
            int slot = slot(key, size - 1);
            while (keys[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = key;
            contexts[slot] = feature.getValue();
        }
        return new LanguageModelIndex(keys, contexts, outcomes);
    }

    /** The language whose parameters sum highest over the distinct 1- to 3-grams of {@code chars}. */
    String best(String chars) {
        double[] sums = new double[outcomes.length];
        int seenSize = Integer.highestOneBit(Math.max(16, chars.length() * 3)) * 4;
        long[] seen = new long[seenSize];
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= chars.length(); i++) {
                long key = pack(chars, i, n);
                if (!addTo(seen, key)) {
                    continue;
                }
                Context context = lookup(key);
                if (context != null) {
                    int[] outcomeIds = context.getOutcomes();
                    double[] parameters = context.getParameters();
                    for (int k = 0; k < outcomeIds.length; k++) {
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
        return outcomes[best];
    }

    private Context lookup(long key) {
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return contexts[slot];
            }
        }
        return null;
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
