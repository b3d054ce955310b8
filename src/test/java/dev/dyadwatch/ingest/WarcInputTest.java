package dev.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {

    private static final Instant CRAWLED = Instant.parse("2024-03-05T12:00:00Z");
    private static final String P1 = "Russian Deputy Defence Minister Alexander Fomin arrived in Islamabad on Monday "
            + "for talks on military cooperation, the defence ministry said in a statement issued in the evening.";
    private static final String P2 = "The two sides discussed joint exercises planned for the autumn and agreed to "
            + "set up a working group on training, officials from both countries told reporters after the meeting.";

    @TempDir
    Path dir;

    private void writeCrawl(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            writer.write(request("https://news.example.org/fomin-visit"));
            writer.write(response("https://news.example.org/fomin-visit", 200, MediaType.HTML_UTF8,
                    "<html><head><title>Fomin visits Islamabad - Example News</title>"
                            + "<meta property=\"og:site_name\" content=\"Example News\"></head><body>"
                            + "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>"));
            writer.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"),
                    "\u0089PNG"));
            writer.write(response("https://news.example.org/missing", 404, MediaType.HTML, "<p>Not found</p>"));
            writer.write(response("https://news.example.org/", 200, MediaType.HTML,
                    "<html><body><ul><li><a href=/a>Headline one</a></li><li><a href=/b>Headline two</a></li>"
                            + "</ul></body></html>"));
            writer.write(response("https://news.example.org/exercise", 200, MediaType.HTML,
                    "<html><head><meta name=\"article:published_time\" content=\"2024-03-04T08:00:00Z\">"
                            + "<title>Joint exercise planned</title></head><body><article><p>" + P2 + "</p><p>"
                            + P1 + "</p></article></body></html>"));
        }
    }

    private static WarcRequest request(String url) throws IOException {
        return new WarcRequest.Builder(URI.create(url)).date(CRAWLED)
                .body(new HttpRequest.Builder("GET", URI.create(url).getPath()).build()).build();
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
    }

    private static CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        ArticleInputs.builder().parallelism(2).build().read(List.of(file.toString()), sink);
        return sink;
    }

    @Test
    void shouldReadTheHtmlArticlesOfAWarcAndPassOverTheRest() throws IOException {
        Path file = dir.resolve("crawl.warc");
        writeCrawl(file, WarcCompression.NONE);
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("Fomin visits Islamabad", "Joint exercise planned");
        assertThat(sink.failures).isEmpty();
        assertThat(sink.skipped).extracting(CollectingSink.Skipped::reason).containsExactly(
                "not HTML (image/png): https://news.example.org/logo.png",
                "HTTP 404 for https://news.example.org/missing",
                "no article text left after removing boilerplate (2 blocks read, 2 dropped)");
        RawArticle first = sink.articles.get(0);
        assertThat(first.getUrl()).isEqualTo("https://news.example.org/fomin-visit");
        assertThat(first.getInputFormat()).isEqualTo(InputFormat.WARC);
        assertThat(first.getSource()).isEqualTo("Example News");
        assertThat(first.getFetchedAt()).isEqualTo(CRAWLED);
        assertThat(first.getPublishedAt()).isEqualTo(CRAWLED);
        assertThat(first.getPublishedAtSource()).isEqualTo(TimeSource.FETCH_TIME);
        assertThat(first.getOrigin()).startsWith(file + "@");
        assertThat(first.getText()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(sink.articles.get(1).getPublishedAtSource()).isEqualTo(TimeSource.PAGE_METADATA);
    }

    @Test
    void shouldReadAGzippedWarc() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        writeCrawl(file, WarcCompression.GZIP);
        assertThat(read(file).titles()).containsExactly("Fomin visits Islamabad", "Joint exercise planned");
    }

    @Test
    void shouldReportATruncatedWarcAfterReadingTheRecordsBeforeTheBreak() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path whole = dir.resolve("whole.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
            writeCrawl(whole, compression);
            byte[] bytes = Files.readAllBytes(whole);
            Path cut = dir.resolve("cut-" + whole.getFileName());
            Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
            CollectingSink sink = read(cut);
            assertThat(sink.titles()).containsExactly("Fomin visits Islamabad");
            assertThat(sink.failureReasons()).singleElement().asString().startsWith(cut + "@")
                    .contains(": truncated or corrupt WARC at record 6 (byte ");
        }
    }

    @Test
    void shouldReportAnEmptyWarc() throws IOException {
        Path file = Files.write(dir.resolve("empty.warc"), new byte[0]);
        assertThat(read(file).failureReasons()).containsExactly(file + ": no WARC records (empty file)");
    }
}
