package dev.dyadwatch.ingest.fetch;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer to a GET, after redirects.
 *
 * @param requestedUrl the URL asked for
 * @param url the URL finally answered, after redirects
 * @param status the HTTP status (200, or 304 when {@link #notModified()})
 * @param body the decoded body (Content-Encoding undone); empty when not modified
 * @param contentType the media type without parameters, lower case, or empty
 * @param charset the charset parameter of the Content-Type, or null
 * @param validators the answer's ETag and Last-Modified, for the next conditional request
 * @param fetchedAt when the answer arrived
 */
public record FetchedPage(String requestedUrl, String url, int status, byte[] body, String contentType,
        String charset, Validators validators, Instant fetchedAt) {

    /** True when the server said the resource has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }

    /** The Last-Modified time, if the server sent one that parses. */
    public Optional<Instant> lastModified() {
        return Optional.ofNullable(validators.lastModified()).flatMap(dev.dyadwatch.ingest.clean.Timestamps::parse);
    }

    /** Whether the media type says HTML. */
    public boolean isHtml() {
        return contentType.contains("html");
    }

    /** Whether the media type says a feed or XML. */
    public boolean isXml() {
        return contentType.contains("xml") || contentType.contains("rss") || contentType.contains("atom");
    }

    static String mediaType(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return "";
        }
        int semicolon = contentTypeHeader.indexOf(';');
        return (semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
    }

    static String charsetOf(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return null;
        }
        for (String parameter : contentTypeHeader.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }
}
