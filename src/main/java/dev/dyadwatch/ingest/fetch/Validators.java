package dev.dyadwatch.ingest.fetch;

/**
 * What a server said identifies the version of a resource, sent back on the next request so an unchanged feed costs
 * a 304 answer instead of a download (conditional GET).
 *
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Validators(String etag, String lastModified) {

    /** No validators: an unconditional request. */
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
