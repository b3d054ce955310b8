package dev.dyadwatch.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * delivered them. Keyed by the arrival stamp (strictly increasing per partition; big-endian longs sort as numbers);
 * an entry is {@link Held#waiting() waiting} while its article is checked, then holds the article to publish, or is
 * removed when the article is not published (a copy). Entries leave from the head only, as soon as the head is
 * ready; when nothing is held, a decided article is published at once and never stored.
 *
 * <p>The queue is read from a copy in memory, loaded from the store when the task starts and written through to it
 * (the store and its changelog keep it across restarts): reading the head from the store would iterate it, and an
 * in-memory store's iterator copies every key it covers. There must be one queue per task (see {@link HomeChecks}).
 */
final class ReleaseQueue {

    private final KeyValueStore<Long, Held> store;
    private final TreeMap<Long, Held> held = new TreeMap<>();

    ReleaseQueue(KeyValueStore<Long, Held> store) {
        this.store = store;
        try (KeyValueIterator<Long, Held> all = store.all()) {
            all.forEachRemaining(entry -> held.put(entry.key, entry.value));
        }
    }

    /**
     * An article held at its home: its handle and record time, and, once it is decided as the first of a story,
     * the article as {@code articles-raw} carried it (null while it waits for its decision).
     */
    record Held(long handle, long time, byte[] article) {

        boolean waiting() {
            return article == null;
        }

        static Serde<Held> serde() {
            Serializer<Held> serializer = (topic, held) -> {
                if (held == null) {
                    return null;
                }
                ByteWriter out = new ByteWriter(held.waiting() ? 17 : held.article.length + 24)
                        .writeLong(held.handle).writeLong(held.time).writeBoolean(!held.waiting());
                return held.waiting() ? out.toByteArray() : out.writeBytes(held.article).toByteArray();
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
                return new Held(handle, time, article);
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

    /** Holds an article that arrived at {@code stamp} until it is decided. */
    void hold(long stamp, long handle, long time) {
        put(stamp, new Held(handle, time, null));
    }

    /**
     * The article that arrived at {@code stamp} is decided: {@code article} is what to publish, or null when it is
     * not published. Stored until the articles before it are released.
     */
    void decide(long stamp, long handle, long time, byte[] article) {
        if (article == null) {
            held.remove(stamp);
            store.delete(stamp);
        } else {
            put(stamp, new Held(handle, time, article));
        }
    }

    private void put(long stamp, Held entry) {
        held.put(stamp, entry);
        store.put(stamp, entry);
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
