package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.RawArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds the articles of a finite read back and hands them on in publication-time order ({@link #release()}),
 * failures and skips at once. For backfills: a folder read file by file is in file order, not in the order the
 * news happened, and the dyad stage drops reports that arrive more than its grace behind the news already seen.
 * Holds every article in memory until released.
 */
public final class TimeOrderedSink implements ArticleSink {

    private static final Comparator<RawArticle> BY_TIME =
            Comparator.comparing(RawArticle::getPublishedAt).thenComparing(RawArticle::getId);

    private final ArticleSink next;
    private final List<RawArticle> held = new ArrayList<>();

    public TimeOrderedSink(ArticleSink next) {
        this.next = next;
    }

    @Override
    public void accept(RawArticle article) {
        held.add(article);
    }

    @Override
    public void reject(InputFailure failure) {
        next.reject(failure);
    }

    @Override
    public void skip(String origin, String reason) {
        next.skip(origin, reason);
    }

    /** Hands every held article on, earliest publication first (ties by id); returns how many. */
    public int release() {
        held.sort(BY_TIME);
        held.forEach(next::accept);
        int count = held.size();
        held.clear();
        return count;
    }
}
