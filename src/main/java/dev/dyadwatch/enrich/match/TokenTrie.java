package dev.dyadwatch.enrich.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Aho-Corasick automaton over tokens: finds every occurrence of many multi-token phrases ("Vladimir Putin",
 * "the Kremlin", "Prime Minister") in one left-to-right pass, whatever their number. Each phrase carries values;
 * a phrase may carry several (a name shared by two entries).
 *
 * <p>Built once, then immutable and safe to share between threads.
 *
 * @param <T> the value a phrase stands for
 */
public final class TokenTrie<T> {

    /** One occurrence: tokens {@code [start, end)} spell a phrase with these values. */
    public record Match<T>(int start, int end, List<T> values) {

        public int length() {
            return end - start;
        }
    }

    private static final class Node<T> {
        /** Nodes with at most this many children keep them in arrays once built. */
        static final int FEW = 4;

        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<T> values = new ArrayList<>(1);
        final int depth;
        Node<T> fail;
        Node<T> output;
        // Set by build() when the node has few children: most inner nodes of a phrase trie have one, and comparing
        // a token with it is cheaper than hashing the token into a map.
        String[] fewKeys;
        List<Node<T>> fewChildren;

        Node(int depth) {
            this.depth = depth;
        }

        Node<T> child(String key) {
            String[] keys = fewKeys;
            if (keys == null) {
                return next.get(key);
            }
            for (int c = 0; c < keys.length; c++) {
                if (keys[c].equals(key)) {
                    return fewChildren.get(c);
                }
            }
            return null;
        }

        void freeze() {
            if (next.size() <= FEW) {
                fewKeys = next.keySet().toArray(new String[0]);
                fewChildren = new ArrayList<>(next.values());
            }
        }
    }

    // Built once: a comparator chained per call, with the length boxed on every comparison, showed in profiles.
    private static final Comparator<Match<?>> LEFTMOST_LONGEST = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(b.length(), a.length());

    private final Node<T> root = new Node<>(0);
    private boolean built;
    private int phrases;

    /**
     * Adds a phrase (its tokens' keys, non-empty) with a value; only before {@link #build()}. Keys are kept as
     * interned strings, as tokens carry them (see {@code TokenVocabulary}), so that a token that matches a key is
     * the same instance and compares by reference.
     */
    public TokenTrie<T> add(List<String> keys, T value) {
        if (built) {
            throw new IllegalStateException("the trie is built");
        }
        if (keys.isEmpty()) {
            return this;
        }
        Node<T> node = root;
        for (String key : keys) {
            int depth = node.depth + 1;
            node = node.next.computeIfAbsent(Objects.requireNonNull(key).intern(), k -> new Node<>(depth));
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
        phrases++;
        return this;
    }

    /** Computes the failure and output links; the trie is read-only afterwards. */
    public TokenTrie<T> build() {
        ArrayDeque<Node<T>> queue = new ArrayDeque<>();
        for (Node<T> child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node<T> node = queue.poll();
            node.freeze();
            for (Map.Entry<String, Node<T>> edge : node.next.entrySet()) {
                Node<T> child = edge.getValue();
                Node<T> fail = node.fail;
                while (fail != null && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                child.fail = fail == null ? root : fail.next.get(edge.getKey());
                child.output = child.fail.values.isEmpty() ? child.fail.output : child.fail;
                queue.add(child);
            }
        }
        root.freeze();
        built = true;
        return this;
    }

    /** Number of phrases added. */
    public int size() {
        return phrases;
    }

    /** Every occurrence of every phrase in {@code tokens}, keyed by {@code key}, in order of their end. */
    public <S> List<Match<T>> findAll(List<S> tokens, Function<S, String> key) {
        if (!built) {
            throw new IllegalStateException("build() the trie first");
        }
        List<Match<T>> matches = new ArrayList<>();
        Node<T> node = root;
        for (int i = 0; i < tokens.size(); i++) {
            String k = key.apply(tokens.get(i));
            Node<T> next = node.child(k);
            while (next == null && node != root) {
                node = node.fail;
                next = node.child(k);
            }
            node = next == null ? root : next;
            for (Node<T> hit = node.values.isEmpty() ? node.output : node; hit != null; hit = hit.output) {
                matches.add(new Match<>(i + 1 - hit.depth, i + 1, hit.values));
            }
        }
        return matches;
    }

    /** Occurrences that do not overlap, the leftmost and then the longest first. */
    public <S> List<Match<T>> findLongest(List<S> tokens, Function<S, String> key) {
        List<Match<T>> all = findAll(tokens, key);
        all.sort(LEFTMOST_LONGEST);
        List<Match<T>> chosen = new ArrayList<>();
        int covered = 0;
        for (Match<T> match : all) {
            if (match.start() >= covered) {
                chosen.add(match);
                covered = match.end();
            }
        }
        return chosen;
    }
}
