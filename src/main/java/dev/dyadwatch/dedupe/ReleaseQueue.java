package dev.dyadwatch.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The articles of one home partition in their order of arrival, held until every article that arrived before them
 * is decided, so that {@code articles-unique} carries each home's articles in the order {@code articles-raw}
 * delivered them. Keyed by the arrival stamp (strictly increasing per partition; big-endian longs sort as numbers).
 * An article is held from its arrival with its text (as {@code articles-raw} carried it: the check reads it from
 * here), {@link Held#waiting() waiting} while it is checked; once decided it is ready to publish, or removed when
 * it is not published (a copy). Entries leave from the head only, as soon as the head is ready; when nothing is
 * held, a decided article is published at once and never stored.
 *
 * <p>The queue is read from a copy in memory, loaded from the store when the task starts and written through to it
 * (the store and its changelog keep it across restarts): reading the head from the store would iterate it, and an
 * in-memory store's iterator copies every key it covers. There must be one queue per task (see {@link HomeChecks}).
 * A decision is not written to the store: an entry is waiting exactly while its article has a check under way
 * ({@link DedupeStores#PENDING}), which is how a restarted task tells the two apart. So each article is written to
 * the changelog once, and removed once.
 */
final class ReleaseQueue {

    private final KeyValueStore<Long, Held> store;
    private final TreeMap<Long, Held> held = new TreeMap<>();

    /**
     * The queue kept in {@code store}; {@code checked} tells whether the article that arrived at a stamp (with a
     * handle) still has a check under way.
     */
    ReleaseQueue(KeyValueStore<Long, Held> store, BiPredicate<Long, Long> checked) {
        this.store = store;
        try (KeyValueIterator<Long, Held> all = store.all()) {
            all.forEachRemaining(entry -> held.put(entry.key,
                    entry.value.decided(!checked.test(entry.key, entry.value.handle()))));
        }
    }

    /**
     * An article held at its home: its handle and record time, the article as {@code articles-raw} carried it (null
     * only in an entry an earlier version stored while the article was checked), and whether it is decided.
     */
    record Held(long handle, long time, byte[] article, boolean ready) {

        boolean waiting() {
            return !ready;
        }

        Held decided(boolean isReady) {
            return new Held(handle, time, article, isReady);
        }

        /** The stored form leaves out the decision, which the checks under way tell on restart. */
        static Serde<Held> serde() {
            Serializer<Held> serializer = (topic, held) -> {
                if (held == null) {
                    return null;
                }
                boolean withArticle = held.article != null;
                ByteWriter out = new ByteWriter(withArticle ? held.article.length + 24 : 17)
                        .writeLong(held.handle).writeLong(held.time).writeBoolean(withArticle);
                return withArticle ? out.writeBytes(held.article).toByteArray() : out.toByteArray();
            };
            Deserializer<Held> deserializer = (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                ByteReader in = new ByteReader(bytes, "dedupe held article");
                long handle = in.readLong();
                long time = in.readLong();
                byte[] article = in.readBoolean() ? in.readBytes() : null;
                in.end();
                return new Held(handle, time, article, false);
            };
            return Serdes.serdeFrom(serializer, deserializer);
        }
    }

    /** The latest arrival stamp held, or 0 when nothing is: new stamps must come after it. */
    long lastStamp() {
        return held.isEmpty() ? 0L : held.lastKey();
    }

    /** The earliest held article, or null when nothing is held. */
    KeyValue<Long, Held> head() {
        Map.Entry<Long, Held> first = held.firstEntry();
        return first == null ? null : KeyValue.pair(first.getKey(), first.getValue());
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /** Holds an article that arrived at {@code stamp}, with its text, until it is decided. */
    void hold(long stamp, long handle, long time, byte[] article) {
        Held entry = new Held(handle, time, article, false);
        held.put(stamp, entry);
        store.put(stamp, entry);
    }

    /** The text of the article held at {@code stamp}, or null when there is none. */
    byte[] article(long stamp) {
        Held entry = held.get(stamp);
        return entry == null ? null : entry.article();
    }

    /**
     * The article that arrived at {@code stamp} is decided: published ({@code article} is its text), or not (null).
     * Held until the articles before it are released; an article decided on arrival is held from now.
     */
    void decide(long stamp, long handle, long time, byte[] article) {
        if (article == null) {
            if (held.remove(stamp) != null) {
                store.delete(stamp);
            }
            return;
        }
        Held entry = held.get(stamp);
        if (entry == null || entry.article() == null) {
            entry = new Held(handle, time, article, true);
            store.put(stamp, entry);
        }
        held.put(stamp, entry.decided(true));
    }

    /** Removes and returns the decided articles at the head, in order of arrival, up to the first undecided one. */
    List<Held> releaseReady() {
        List<Held> released = new ArrayList<>();
        for (Map.Entry<Long, Held> first = held.firstEntry(); first != null && !first.getValue().waiting();
                first = held.firstEntry()) {
            held.pollFirstEntry();
            store.delete(first.getKey());
            released.add(first.getValue());
        }
        return released;
    }
}
