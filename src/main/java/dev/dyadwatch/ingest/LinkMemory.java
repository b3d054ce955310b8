package dev.dyadwatch.ingest;

/**
 * What was already published, asked before fetching a link again: {@code --follow} keeps one across polls and
 * restarts so a feed's old items are neither fetched nor published twice.
 */
@FunctionalInterface
public interface LinkMemory {

    /** Remembers nothing: every link is new. */
    LinkMemory NONE = url -> false;

    /** Whether the article at {@code url} (any form of it; compared canonically) was already published. */
    boolean seen(String url);
}
