package dev.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.fetch.FetchSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsHttpTest {

    private static final String P1 = "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by telephone on "
            + "Tuesday, the foreign office said.";
    private static final String P2 = "The two leaders agreed to expand cooperation in energy, trade and security, "
            + "and to meet in Moscow later this year.";

    private final TestServer server = new TestServer();
    private FetchSettings settings = FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withRetries(3, Duration.ofMillis(20))
            .withPerHostInterval(Duration.ZERO);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=utf-8><title>")
                .append(title).append(" | Example Post</title>")
                .append("<meta property=\"og:site_name\" content=\"Example Post\"></head><body>")
                .append("<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav>")
                .append("<article><h1>").append(title).append("</h1>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.append("</article><footer>Copyright 2024</footer></body></html>").toString();
    }

    private CollectingSink read(String... inputs) {
        return read(ArticleInputs.builder().parallelism(2).fetchSettings(settings).build(), inputs);
    }

    private static CollectingSink read(ArticleInputs inputs, String... inputsToRead) {
        CollectingSink sink = new CollectingSink();
        inputs.read(List.of(inputsToRead), sink);
        return sink;
    }

    @Test
    void shouldFetchAPageAndNameDyadwatchInTheUserAgent() {
        server.page("/world/call.html", "text/html; charset=utf-8", page("Sharif calls Putin", P1, P2));
        Instant before = Instant.now();
        RawArticle article = read(server.url("/world/call.html?utm_source=x")).only();
        assertThat(article.getTitle()).isEqualTo("Sharif calls Putin");
        assertThat(article.getText()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(article.getUrl()).isEqualTo(server.url("/world/call.html?utm_source=x"));
        assertThat(article.getCanonicalUrl()).isEqualTo(server.url("/world/call.html"));
        assertThat(article.getInputFormat()).isEqualTo(InputFormat.URL);
        assertThat(article.getSource()).isEqualTo("Example Post");
        assertThat(article.getFetchedAt()).isBetween(before, Instant.now());
        assertThat(article.getPublishedAtSource()).isEqualTo(TimeSource.FETCH_TIME);
        assertThat(server.requestsTo("/world/call.html?utm_source=x")).singleElement()
                .satisfies(r -> assertThat(r.header("User-Agent")).startsWith("dyadwatch/"));
        assertThat(server.requestsTo("/robots.txt")).hasSize(1);
    }

    @Test
    void shouldHonourRobotsTxtAndNeverRequestADisallowedPage() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.page("/private/a.html", "text/html", page("Private", P1));
        server.page("/public/c.html", "text/html", page("Public", P1, P2));
        CollectingSink sink = read(server.url("/private/a.html"), server.url("/public/c.html"));
        assertThat(sink.titles()).containsExactly("Public");
        assertThat(sink.failureReasons()).containsExactly(server.url("/private/a.html") + ": robots.txt of "
                + server.url("") + " disallows /private/a.html for dyadwatch");
        assertThat(server.requestsTo("/private/a.html")).isEmpty();
    }

    @Test
    void shouldFollowTheRobotsGroupNamingDyadwatchRatherThanTheWildcard() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\n"
                + "User-agent: dyadwatch\nDisallow: /no-dyadwatch/\n");
        server.page("/no-dyadwatch/b.html", "text/html", page("Not for us", P1));
        server.page("/news/c.html", "text/html", page("For us", P1, P2));
        CollectingSink sink = read(server.url("/no-dyadwatch/b.html"), server.url("/news/c.html"));
        assertThat(sink.titles()).containsExactly("For us");
        assertThat(sink.failureReasons()).containsExactly(server.url("/no-dyadwatch/b.html") + ": robots.txt of "
                + server.url("") + " disallows /no-dyadwatch/b.html for dyadwatch");
    }

    @Test
    void shouldTreatASiteWhoseRobotsTxtFailsAsDisallowed() {
        server.status("/robots.txt", 500);
        server.page("/a.html", "text/html", page("A", P1));
        CollectingSink sink = read(server.url("/a.html"));
        assertThat(sink.failureReasons()).containsExactly(server.url("/a.html") + ": robots.txt of "
                + server.url("") + " answered HTTP 500; the site is treated as disallowed until it can be read "
                + "(RFC 9309)");
        assertThat(server.requestsTo("/a.html")).isEmpty();
    }

    @Test
    void shouldReport404WithoutRetryingAnd500AfterBoundedRetries() {
        server.status("/gone.html", 404);
        server.status("/broken.html", 500);
        CollectingSink sink = read(server.url("/gone.html"), server.url("/broken.html"));
        assertThat(sink.failureReasons()).containsExactly(
                server.url("/gone.html") + ": HTTP 404 Not Found",
                server.url("/broken.html") + ": HTTP 500 Internal Server Error (3 attempts)");
        assertThat(server.requestsTo("/gone.html")).hasSize(1);
        assertThat(server.requestsTo("/broken.html")).hasSize(3);
    }

    @Test
    void shouldRetryAServerErrorAndSucceed() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky.html", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                TestServer.send(exchange, 503, "text/plain", "busy");
            } else {
                TestServer.send(exchange, 200, "text/html", page("Flaky", P1, P2));
            }
        });
        assertThat(read(server.url("/flaky.html")).titles()).containsExactly("Flaky");
        assertThat(calls).hasValue(2);
    }

    @Test
    void shouldFollowRedirectsAndStopAtALoop() {
        server.redirect("/old.html", "/newer.html");
        server.redirect("/newer.html", server.url("/new.html"));
        server.page("/new.html", "text/html", page("Moved", P1, P2));
        server.redirect("/a", "/b");
        server.redirect("/b", "/a");
        CollectingSink sink = read(server.url("/old.html"), server.url("/a"));
        assertThat(sink.only().getUrl()).isEqualTo(server.url("/new.html"));
        assertThat(sink.failureReasons()).containsExactly(server.url("/a") + ": redirect loop: " + server.url("/a")
                + " -> " + server.url("/b") + " -> " + server.url("/a"));
    }

    @Test
    void shouldStopAfterTooManyRedirects() {
        for (int i = 0; i < 8; i++) {
            server.redirect("/r" + i, "/r" + (i + 1));
        }
        assertThat(read(server.url("/r0")).failureReasons()).singleElement().asString()
                .startsWith(server.url("/r0") + ": more than 5 redirects: ");
    }

    @Test
    void shouldTimeOutOnASlowAnswer() {
        settings = settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).withRetries(2,
                Duration.ofMillis(10));
        server.slow("/slow.html", Duration.ofSeconds(2), page("Slow", P1));
        CollectingSink sink = read(server.url("/slow.html"));
        assertThat(sink.failureReasons()).containsExactly(server.url("/slow.html") + ": no answer from 127.0.0.1:"
                + port() + " within 300 ms (2 attempts)");
    }

    @Test
    void shouldReportAnUnreachableHostAndGoOn() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        server.page("/ok.html", "text/html", page("Reachable", P1, P2));
        String unreachable = "http://127.0.0.1:" + closedPort + "/a.html";
        CollectingSink sink = read(unreachable, server.url("/ok.html"));
        assertThat(sink.titles()).containsExactly("Reachable");
        assertThat(sink.failureReasons()).containsExactly(unreachable + ": cannot connect to 127.0.0.1:" + closedPort
                + ": connection refused or host unreachable (3 attempts)");
    }

    @Test
    void shouldSpaceRequestsToOneHost() throws IOException {
        settings = settings.withPerHostInterval(Duration.ofMillis(150));
        for (String name : List.of("a", "b", "c")) {
            server.page("/" + name + ".html", "text/html", page("Page " + name, P1, P2 + " " + name));
        }
        Path list = Files.writeString(dir.resolve("pages.urls"), "# pages to fetch\n" + server.url("/a.html") + "\n"
                + server.url("/b.html") + "\n\nnot a url\n" + server.url("/c.html") + "\n");
        CollectingSink sink = read(list.toString());
        assertThat(sink.titles()).containsExactly("Page a", "Page b", "Page c");
        assertThat(sink.failureReasons()).containsExactly(list + ":5: not an http(s) URL: not a url");
        List<TestServer.Request> requests = server.requests;
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos();
            // Unspaced requests arrive a few milliseconds apart; the margin absorbs the server's receive jitter (one
            // request delivered late shortens the next gap), which once measured 139 ms for a 150 ms interval.
            assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        }
    }

    @Test
    void shouldHonourACrawlDelay() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        server.page("/a.html", "text/html", page("A", P1, P2));
        server.page("/b.html", "text/html", page("B", P1, P2 + " B"));
        read(server.url("/a.html"), server.url("/b.html"));
        long gap = server.requestsTo("/b.html").get(0).receivedNanos()
                - server.requestsTo("/a.html").get(0).receivedNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void shouldReadAFeedFetchTheLinkedPagesAndAskConditionallyNextTime() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example Wire</title>"
                + "<link>" + server.url("/") + "</link><description>d</description>"
                + "<item><title>Sharif calls Putin</title><link>" + server.url("/one.html") + "</link>"
                + "<pubDate>Tue, 05 Mar 2024 10:15:00 GMT</pubDate></item>"
                + "<item><title>Talks in Moscow</title><link>/two.html</link>"
                + "<pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate></item>"
                + "<item><title>Missing page</title><link>" + server.url("/missing.html") + "</link></item>"
                + "</channel></rss>";
        server.on("/feed.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            TestServer.send(exchange, 200, "application/rss+xml", rss);
        });
        server.page("/one.html", "text/html", "<html><head><meta name=\"date\" content=\"2024-03-05T09:00:00Z\">"
                + "</head><body><div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>");
        server.page("/two.html", "text/html", "<html><body><div class=\"entry-content\"><p>" + P2 + "</p>"
                + "<p>" + P1 + "</p></div></body></html>");
        ArticleInputs inputs = ArticleInputs.builder().fetchSettings(settings).build();
        CollectingSink first = read(inputs, server.url("/feed.xml"));
        assertThat(first.titles()).containsExactly("Sharif calls Putin", "Talks in Moscow");
        assertThat(first.articles).extracting(RawArticle::getInputFormat).containsOnly(InputFormat.RSS);
        assertThat(first.articles).extracting(RawArticle::getSource).containsOnly("Example Wire");
        assertThat(first.articles.get(0).getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(first.articles.get(0).getPublishedAtSource()).isEqualTo(TimeSource.PAGE_METADATA);
        assertThat(first.articles.get(1).getPublishedAt()).isEqualTo(Instant.parse("2024-03-06T08:00:00Z"));
        assertThat(first.articles.get(1).getPublishedAtSource()).isEqualTo(TimeSource.FEED);
        assertThat(first.failureReasons()).containsExactly(server.url("/missing.html") + ": item of feed "
                + server.url("/feed.xml") + ": HTTP 404 Not Found");
        CollectingSink second = read(inputs, server.url("/feed.xml"));
        assertThat(second.articles).isEmpty();
        assertThat(second.skipped).containsExactly(new CollectingSink.Skipped(server.url("/feed.xml"),
                "not modified since the last poll"));
        assertThat(server.requestsTo("/feed.xml").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void shouldSkipFeedItemsAlreadyPublishedWithoutFetchingThem() {
        server.page("/feed.atom", "application/atom+xml", "<?xml version=\"1.0\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:f</id>"
                + "<updated>2024-03-05T10:00:00Z</updated>"
                + "<entry><title>Old</title><id>urn:1</id><link href=\"" + server.url("/old.html?utm_source=rss")
                + "\"/><updated>2024-03-05T10:00:00Z</updated></entry>"
                + "<entry><title>New</title><id>urn:2</id><link href=\"" + server.url("/new.html")
                + "\"/><updated>2024-03-05T11:00:00Z</updated></entry></feed>");
        server.page("/new.html", "text/html", page("New", P1, P2));
        ArticleInputs inputs = ArticleInputs.builder().fetchSettings(settings)
                .linkMemory(url -> url.contains("/old.html")).build();
        CollectingSink sink = read(inputs, server.url("/feed.atom"));
        assertThat(sink.titles()).containsExactly("New");
        assertThat(sink.articles.get(0).getInputFormat()).isEqualTo(InputFormat.ATOM);
        assertThat(sink.skipped).extracting(CollectingSink.Skipped::reason).containsExactly("already published");
        assertThat(server.requestsTo("/old.html?utm_source=rss")).isEmpty();
    }

    @Test
    void shouldFailAFeedUrlWithMalformedXml() {
        server.page("/bad.rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>T</title><item>");
        assertThat(read(server.url("/bad.rss")).failureReasons()).singleElement().asString()
                .startsWith(server.url("/bad.rss") + ": malformed feed XML at line 1");
    }

    @Test
    void shouldDecodeGzipAnswersAndRefuseOversizedOnes() {
        server.on("/zipped.html", exchange -> sendGzip(exchange, page("Zipped", P1, P2)));
        server.page("/big.html", "text/html", page("Big", (P1 + " ").repeat(200)));
        settings = settings.withMaxBytes(10_000);
        CollectingSink sink = read(server.url("/zipped.html"), server.url("/big.html"));
        assertThat(sink.titles()).containsExactly("Zipped");
        assertThat(sink.failureReasons()).containsExactly(server.url("/big.html") + ": answer larger than 10000 "
                + "bytes from " + server.url("/big.html"));
    }

    @Test
    void shouldRefuseABinaryAnswer() {
        server.on("/image", exchange -> TestServer.send(exchange, 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertThat(read(server.url("/image")).failureReasons()).containsExactly(server.url("/image")
                + ": binary content, not text: looks like a PNG image");
    }

    private int port() {
        return Integer.parseInt(server.url("").replaceAll(".*:(\\d+).*", "$1"));
    }

    private static void sendGzip(HttpExchange exchange, String body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        TestServer.send(exchange, 200, "text/html", bytes.toByteArray());
    }
}
