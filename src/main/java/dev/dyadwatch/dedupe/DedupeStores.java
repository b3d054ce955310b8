package dev.dyadwatch.dedupe;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Dedupe's state stores, their names (shared by the topology and the processors) and how each is built. All are
 * backed by changelog topics; the two that hold a horizon of articles are RocksDB window stores whose segments are
 * dropped as event time passes the horizon (the band partitions also index theirs in memory, see
 * {@link BandBuckets}); those that hold checks in flight live in memory.
 */
public final class DedupeStores {

    /** Per article, at its home partition: its check's phase, its sketch and, once decided, its story. */
    public static final String ARTICLES = "dedupe-articles";
    /** Per probe, at its band partition: the probing article and its band keys there (the LSH buckets' source). */
    public static final String BANDS = "dedupe-bands";
    /** The progress of the checks under way, at their articles' home partition. */
    public static final String PENDING = "dedupe-pending";
    /**
     * The articles whose check is under way, as an earlier version kept them; read and emptied only (the release
     * queue holds the article of each check now), so that checks under way when the application is upgraded end
     * as they would have.
     */
    public static final String PENDING_ARTICLES = "dedupe-pending-articles";
    /**
     * The articles of each home partition in order of arrival, held until those before them are decided, so that
     * {@code articles-unique} keeps the order of {@code articles-raw} (see {@link ReleaseQueue}).
     */
    public static final String RELEASE_QUEUE = "dedupe-release-queue";
    /** Claims waiting for an undecided candidate that takes precedence. */
    public static final String PARKED_CLAIMS = "dedupe-parked-claims";
    /** Deferrals waiting for their undecided precedent. */
    public static final String PARKED_DEFERRALS = "dedupe-parked-deferrals";

    /** Window size of the horizon stores: each entry is one point in event time. */
    private static final Duration POINT = Duration.ofMillis(1);

    private DedupeStores() {
    }

    static StoreBuilder<WindowStore<Long, ArticleState>> articles(Duration horizon) {
        // No record cache: an article's phases fall in different commits anyway (each waits for a round trip
        // through an internal topic), and a cache would keep serving entries its segments have dropped.
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(ARTICLES, horizon, POINT, false),
                Serdes.Long(), ArticleState.serde()).withCachingDisabled();
    }

    static StoreBuilder<WindowStore<Long, ProbeEntry>> bands(Duration horizon) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(BANDS, horizon, POINT, false),
                Serdes.Long(), ProbeEntry.serde()).withCachingDisabled();
    }

    static StoreBuilder<KeyValueStore<Long, PendingArticle>> pending() {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING), Serdes.Long(),
                PendingArticle.serde()).withCachingEnabled();
    }

    static StoreBuilder<KeyValueStore<Long, byte[]>> pendingArticles() {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_ARTICLES), Serdes.Long(),
                Serdes.ByteArray());
    }

    static StoreBuilder<KeyValueStore<Long, ReleaseQueue.Held>> releaseQueue() {
        // In memory like the checks it follows: it holds only articles in flight and those queued behind them. The
        // record cache absorbs the short life of most entries (held and released within one commit), so the
        // changelog sees little more than their tombstones.
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RELEASE_QUEUE), Serdes.Long(),
                ReleaseQueue.Held.serde()).withCachingEnabled();
    }

    static StoreBuilder<KeyValueStore<Bytes, Parked>> parked(String name) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.Bytes(), Parked.serde());
    }
}
