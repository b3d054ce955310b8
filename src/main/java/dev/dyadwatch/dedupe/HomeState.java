package dev.dyadwatch.dedupe;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** The state of the articles whose home is this partition: their entries, and the checks under way. */
final class HomeState {

    private final WindowStore<Long, ArticleState> articles;
    private final KeyValueStore<Long, PendingArticle> pending;
    private final KeyValueStore<Long, byte[]> pendingArticles;
    private final ReleaseQueue queue;

    /**
     * The stores of a processor connected to {@link DedupeStores#ARTICLES} and, if {@code withPending}, to
     * {@link DedupeStores#PENDING}, {@link DedupeStores#PENDING_ARTICLES} and {@link DedupeStores#RELEASE_QUEUE}.
     */
    HomeState(ProcessorContext<?, ?> context, boolean withPending) {
        this.articles = context.getStateStore(DedupeStores.ARTICLES);
        this.pending = withPending ? context.getStateStore(DedupeStores.PENDING) : null;
        this.pendingArticles = withPending ? context.getStateStore(DedupeStores.PENDING_ARTICLES) : null;
        this.queue = withPending ? new ReleaseQueue(context.getStateStore(DedupeStores.RELEASE_QUEUE),
                (stamp, handle) -> {
                    PendingArticle check = pending.get(handle);
                    return check != null && check.stamp() == stamp;
                }) : null;
    }

    /** The state of the article at {@code ref}, or null when there is none (never seen, or expired). */
    ArticleState state(ArticleRef ref) {
        return articles.fetch(ref.handle(), ref.time());
    }

    void put(ArticleRef ref, ArticleState state) {
        articles.put(ref.handle(), state, ref.time());
    }

    /** The earliest state entry of {@code handle} between the two event times, or null. */
    KeyValue<Long, ArticleState> find(long handle, long from, long to) {
        try (WindowStoreIterator<ArticleState> found = articles.fetch(handle, Math.max(0, from), to)) {
            return found.hasNext() ? found.next() : null;
        }
    }

    PendingArticle pending(long handle) {
        return pending.get(handle);
    }

    void putPending(long handle, PendingArticle article) {
        pending.put(handle, article);
    }

    /** Ends a check: forgets its progress (and the article, if an earlier version kept it apart). */
    void removePending(long handle) {
        pending.delete(handle);
        if (pendingArticles.get(handle) != null) {
            pendingArticles.delete(handle);
        }
    }

    /**
     * The article of a check under way, as {@code articles-raw} carried it: held in the release queue since its
     * arrival, or, for a check an earlier version started, in {@link DedupeStores#PENDING_ARTICLES}; null if neither.
     */
    byte[] pendingArticle(PendingArticle check) {
        byte[] article = queue.article(check.stamp());
        return article != null ? article : pendingArticles.get(check.ref().handle());
    }

    KeyValueStore<Long, PendingArticle> pendingStore() {
        return pending;
    }

    /** The articles of this home held for publication in order of arrival. */
    ReleaseQueue queue() {
        return queue;
    }
}
