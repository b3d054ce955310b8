package dev.dyadwatch.ingest;

/** The work that turns one input into an {@link ArticleDraft}: decoding, parsing, main-text extraction. */
@FunctionalInterface
public interface DraftTask {

    ArticleDraft draft() throws InputException;
}
