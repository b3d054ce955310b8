package dev.dyadwatch.ingest;

import java.util.Objects;

/**
 * An input that could not be read as an article: a file, a JSON line, a URL, a feed item, a WARC record.
 *
 * @param origin what failed: a path ("data/a.jsonl:7" for line 7), a URL or a WARC record position
 * @param reason why, in words an operator can act on
 * @param cause the exception behind it, or null
 * @param input the input's bytes as read (possibly only the first bytes of a huge input), or null
 */
public record InputFailure(String origin, String reason, Throwable cause, byte[] input) {

    public InputFailure {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
