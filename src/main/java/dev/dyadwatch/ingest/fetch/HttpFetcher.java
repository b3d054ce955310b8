package dev.dyadwatch.ingest.fetch;

import dev.dyadwatch.ingest.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches pages and feeds politely: robots.txt honoured (see {@link RobotsCache}), requests to one host spaced by
 * {@link FetchSettings#perHostInterval()} or the site's Crawl-delay, a timeout on the connection and on the whole
 * answer, bounded retries with backoff on network errors and 429/5xx answers (a Retry-After is honoured up to
 * {@link FetchSettings#MAX_CRAWL_DELAY}), redirects followed up to a limit with loops detected, conditional GET with
 * {@link Validators}, gzip answers decoded, oversized answers refused. Every failure is an {@link InputException}
 * whose message says what happened ("HTTP 404 Not Found", "redirect loop: a -> b -> a").
 *
 * <p>Meant for one reading thread at a time.
 */
public final class HttpFetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final FetchSettings settings;
    private final Clock clock;
    private final HttpClient client;
    private final HostPacer pacer;
    private final RobotsCache robots;
    private final ScheduledExecutorService watchdog;

    public HttpFetcher(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.pacer = new HostPacer(clock);
        this.robots = new RobotsCache(this, settings, clock);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dyadwatch-fetch-timeout");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The settings this fetcher uses. */
    public FetchSettings settings() {
        return settings;
    }

    /** GETs {@code url}, following redirects. */
    public FetchedPage get(String url) throws InputException {
        return get(url, Validators.NONE);
    }

    /** GETs {@code url} conditionally: a 304 answer gives a page that is {@link FetchedPage#notModified()}. */
    public FetchedPage get(String url, Validators validators) throws InputException {
        URI start = parse(url);
        List<URI> chain = new ArrayList<>(List.of(start));
        URI current = start;
        Validators conditional = validators;
        while (true) {
            RobotsCache.Verdict verdict = robots.verdict(current);
            if (!verdict.allowed()) {
                throw new InputException(verdict.reason());
            }
            Answer answer = getWithRetries(current, conditional, verdict.interval());
            if (isRedirect(answer.status())) {
                current = redirectTarget(current, answer, chain);
                conditional = Validators.NONE;
                continue;
            }
            return toPage(url, current, answer);
        }
    }

    /** GET without robots.txt or redirects: for robots.txt itself. */
    Answer getRaw(URI uri, Duration interval) throws InputException {
        return getWithRetries(uri, Validators.NONE, interval);
    }

    private URI redirectTarget(URI current, Answer answer, List<URI> chain) throws InputException {
        String location = answer.response().headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new InputException("HTTP " + answer.status() + " redirect without a Location header from " + current);
        }
        URI next;
        try {
            next = current.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InputException("redirect from " + current + " to an invalid URL: " + location, e);
        }
        if (chain.contains(next)) {
            chain.add(next);
            throw new InputException("redirect loop: " + joined(chain));
        }
        chain.add(next);
        if (chain.size() - 1 > settings.maxRedirects()) {
            throw new InputException("more than " + settings.maxRedirects() + " redirects: " + joined(chain));
        }
        return next;
    }

    private static FetchedPage toPage(String requested, URI uri, Answer answer) throws InputException {
        int status = answer.status();
        String contentType = answer.response().headers().firstValue("content-type").orElse(null);
        Validators validators = new Validators(answer.response().headers().firstValue("etag").orElse(null),
                answer.response().headers().firstValue("last-modified").orElse(null));
        if (status == 304) {
            return new FetchedPage(requested, uri.toString(), status, new byte[0], "", null, validators,
                    answer.receivedAt());
        }
        if (status >= 300 || status < 200) {
            throw new InputException("HTTP " + status + " " + reason(status) + attempts(answer.attempts()));
        }
        if (answer.body().length == 0) {
            throw new InputException("HTTP " + status + " with an empty body");
        }
        return new FetchedPage(requested, uri.toString(), status, answer.body(), FetchedPage.mediaType(contentType),
                FetchedPage.charsetOf(contentType), validators, answer.receivedAt());
    }

    private Answer getWithRetries(URI uri, Validators validators, Duration interval) throws InputException {
        Duration backoff = settings.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxAttempts();
            try {
                pacer.await(hostKey(uri), interval);
                Answer answer = send(uri, validators, attempt);
                if (!last && isRetryable(answer.status())) {
                    sleep(retryAfter(answer).orElse(backoff));
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
                return answer;
            } catch (IOException e) {
                if (last || !isRetryable(e)) {
                    throw new InputException(describe(uri, e) + attempts(attempt), e);
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("interrupted while fetching " + uri, e);
            }
        }
    }

    private Answer send(URI uri, Validators validators, int attempt) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        HttpResponse<InputStream> response = client.send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] body = readBody(response, deadline);
        return new Answer(response, body, attempt, clock.instant());
    }

    /** Reads the body within the request's deadline (the client's own timeout stops at the headers). */
    private byte[] readBody(HttpResponse<InputStream> response, long deadline) throws IOException {
        long remaining = Math.max(1, deadline - System.nanoTime());
        InputStream raw = response.body();
        ScheduledFuture<?> stop = watchdog.schedule(() -> closeQuietly(raw), remaining, TimeUnit.NANOSECONDS);
        try (InputStream in = decoded(raw, response)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16_384];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > settings.maxBytes()) {
                    throw new OversizeException("answer larger than " + settings.maxBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (stop.isDone() && !(e instanceof OversizeException)) {
                throw new HttpTimeoutException("the whole answer did not arrive within "
                        + seconds(settings.requestTimeout()));
            }
            throw e;
        } finally {
            stop.cancel(false);
        }
    }

    private static InputStream decoded(InputStream raw, HttpResponse<?> response) throws IOException {
        String encoding = response.headers().firstValue("content-encoding").orElse("").toLowerCase(Locale.ROOT);
        return switch (encoding.strip()) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> raw;
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing only to unblock a read that overran its deadline
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status == 408 || status >= 500 && status != 501 && status != 505;
    }

    private static boolean isRetryable(IOException e) {
        return !(e instanceof OversizeException) && !isUnresolved(e);
    }

    private static boolean isUnresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private java.util.Optional<Duration> retryAfter(Answer answer) {
        return answer.response().headers().firstValue("retry-after").flatMap(value -> {
            try {
                Duration wait = Duration.ofSeconds(Long.parseLong(value.strip()));
                return java.util.Optional.of(wait.compareTo(FetchSettings.MAX_CRAWL_DELAY) > 0
                        ? FetchSettings.MAX_CRAWL_DELAY : wait);
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private String describe(URI uri, IOException e) {
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (e instanceof OversizeException) {
            return e.getMessage() + " from " + uri;
        }
        if (isUnresolved(e)) {
            return "cannot resolve host " + uri.getHost() + " (unknown host)";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect to " + host + " within " + seconds(settings.connectTimeout());
        }
        if (e instanceof HttpTimeoutException) {
            String message = e.getMessage();
            return "no answer from " + host + " within " + seconds(settings.requestTimeout())
                    + (message != null && message.startsWith("the whole answer") ? " (" + message + ")" : "");
        }
        if (e instanceof ConnectException) {
            return "cannot connect to " + host + ": connection refused or host unreachable";
        }
        return "network error talking to " + host + ": " + e;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String attempts(int attempts) {
        return attempts > 1 ? " (" + attempts + " attempts)" : "";
    }

    private static void sleep(Duration duration) throws InputException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while waiting to retry", e);
        }
    }

    static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static String joined(List<URI> chain) {
        StringBuilder text = new StringBuilder();
        for (URI uri : chain) {
            text.append(text.length() == 0 ? "" : " -> ").append(uri);
        }
        return text.toString();
    }

    static URI parse(String url) throws InputException {
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new InputException("not a valid URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InputException("not an http(s) URL: " + url);
        }
        return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "";
        };
    }

    /** One HTTP exchange's answer. */
    record Answer(HttpResponse<InputStream> response, byte[] body, int attempts, java.time.Instant receivedAt) {
        int status() {
            return response.statusCode();
        }
    }

    /** An answer over the size limit: not worth retrying. */
    private static final class OversizeException extends IOException {
        private static final long serialVersionUID = 1L;

        OversizeException(String message) {
            super(message);
        }
    }
}
