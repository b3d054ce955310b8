package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.RawArticle;

/**
 * Receives what {@link ArticleInputs} reads: each article, each input that failed, and each input deliberately
 * passed over. Calls come from the thread that called {@link ArticleInputs#read}, in input order, one at a time.
 */
public interface ArticleSink {

    /** A cleaned article, every field filled. */
    void accept(RawArticle article);

    /** An input that could not be read; the run goes on. */
    void reject(InputFailure failure);

    /**
     * An input that is not an article and not an error: a WARC request record, a crawled page without article text,
     * a feed that has not changed, an item already published.
     */
    default void skip(String origin, String reason) {
    }
}
