package dev.dyadwatch.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How ingest fetches pages and feeds over HTTP. Every field can be set from the {@code ingest} command.
 *
 * @param userAgent the User-Agent header, naming dyadwatch so site owners know who is asking
 * @param robotName the name robots.txt rules are matched against
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer, headers and body
 * @param maxAttempts attempts per URL when the network fails or the server answers 429 or 5xx (1 = no retry)
 * @param retryBackoff wait before the second attempt, doubled before each further one
 * @param perHostInterval least time between two requests to one host (a robots.txt Crawl-delay may raise it)
 * @param maxRedirects redirects followed per URL before giving up
 * @param maxBytes largest answer read; larger pages are refused
 */
public record FetchSettings(String userAgent, String robotName, Duration connectTimeout, Duration requestTimeout,
        int maxAttempts, Duration retryBackoff, Duration perHostInterval, int maxRedirects, long maxBytes) {

    /** Longest Crawl-delay honoured; a site asking for more is fetched this often. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotName, "robotName");
        if (maxAttempts < 1 || maxRedirects < 0 || maxBytes < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, maxRedirects and maxBytes positive");
        }
    }

    /** Polite defaults: 10 s to connect, 30 s per answer, 3 attempts, 1 s between requests to a host. */
    public static FetchSettings defaults() {
        return new FetchSettings(defaultUserAgent(), "dyadwatch", Duration.ofSeconds(10), Duration.ofSeconds(30), 3,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 5, 16L * 1024 * 1024);
    }

    /** "dyadwatch/VERSION (news event monitoring; honours robots.txt)". */
    public static String defaultUserAgent() {
        String version = FetchSettings.class.getPackage().getImplementationVersion();
        return "dyadwatch/" + (version == null ? "dev" : version) + " (news event monitoring; honours robots.txt)";
    }

    public FetchSettings withTimeouts(Duration connect, Duration request) {
        return new FetchSettings(userAgent, robotName, connect, request, maxAttempts, retryBackoff, perHostInterval,
                maxRedirects, maxBytes);
    }

    public FetchSettings withRetries(int attempts, Duration backoff) {
        return new FetchSettings(userAgent, robotName, connectTimeout, requestTimeout, attempts, backoff,
                perHostInterval, maxRedirects, maxBytes);
    }

    public FetchSettings withPerHostInterval(Duration interval) {
        return new FetchSettings(userAgent, robotName, connectTimeout, requestTimeout, maxAttempts, retryBackoff,
                interval, maxRedirects, maxBytes);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, robotName, connectTimeout, requestTimeout, maxAttempts, retryBackoff,
                perHostInterval, maxRedirects, bytes);
    }
}
