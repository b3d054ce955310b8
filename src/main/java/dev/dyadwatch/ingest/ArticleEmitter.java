package dev.dyadwatch.ingest;

/**
 * Where the readers of each format put what they find. Drafts may be parsed and cleaned on other threads; what
 * reaches the {@link ArticleSink} keeps the order in which it was emitted.
 */
public interface ArticleEmitter {

    /**
     * An input to be turned into an article.
     *
     * @param origin where it was read
     * @param input its bytes, kept for the dead letter if it fails; may be null
     * @param task the parsing and extraction, run on a worker thread
     */
    void article(String origin, byte[] input, DraftTask task);

    /** An input that failed before it could become a draft. */
    void failure(InputFailure failure);

    /** An input passed over on purpose. */
    void skip(String origin, String reason);

    /** Shorthand for a failure with its reason taken from {@code error}. */
    default void failure(String origin, InputException error, byte[] input) {
        failure(new InputFailure(origin, error.getMessage(), error.getCause() == null ? error : error.getCause(),
                input));
    }
}
