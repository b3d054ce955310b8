package dev.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.clean.ContentHash;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsFilesTest {

    static final String BODY_1 = "ISLAMABAD: Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by "
            + "telephone on Tuesday, the foreign office said.";
    static final String BODY_2 = "The two leaders agreed to expand cooperation in energy, trade and security, and to "
            + "meet in Moscow later this year.";

    @TempDir
    Path dir;

    private final ArticleInputs inputs = ArticleInputs.builder().parallelism(2).build();

    private CollectingSink read(String... paths) {
        CollectingSink sink = new CollectingSink();
        inputs.read(Arrays.asList(paths), sink);
        return sink;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    @Test
    void shouldReadScrapedTextWithTitleFirstDatelineAndBoilerplateRemoved() throws IOException {
        Path file = write("dawn/call.txt", "Sharif, Putin discuss energy cooperation\n"
                + "URL: https://www.Example.org/news/sharif-putin?utm_source=rss#top\n"
                + "Source: The Example Post\n"
                + "Published: March 5, 2024 10:15 PKT\n\n"
                + BODY_1 + "\n\nAlso Read: Pakistan and China sign trade deal\n\n" + BODY_2 + "\n\n"
                + "Share this:\nTwitter\nFacebook\n\nLeave a Reply\nPlease enter your comment!\n");
        RawArticle article = read(file.toString()).only();
        assertThat(article.getTitle()).isEqualTo("Sharif, Putin discuss energy cooperation");
        assertThat(article.getDateline()).isEqualTo("ISLAMABAD");
        assertThat(article.getText()).isEqualTo(BODY_1.substring("ISLAMABAD: ".length()) + "\n\n" + BODY_2);
        assertThat(article.getUrl()).isEqualTo("https://www.Example.org/news/sharif-putin?utm_source=rss#top");
        assertThat(article.getCanonicalUrl()).isEqualTo("https://www.example.org/news/sharif-putin");
        assertThat(article.getId()).hasSize(32);
        assertThat(article.getSource()).isEqualTo("The Example Post");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T05:15:00Z"));
        assertThat(article.getPublishedAtSource()).isEqualTo(TimeSource.PAGE_METADATA);
        assertThat(article.getLanguage()).isEqualTo("eng");
        assertThat(article.getInputFormat()).isEqualTo(InputFormat.TEXT);
        assertThat(article.getOrigin()).isEqualTo(file.toString());
        assertThat(article.getContentHash()).isEqualTo(ContentHash.of(article.getText()));
    }

    @Test
    void shouldDateAnUndatedTextFileByWhenTheScraperSavedIt() throws IOException {
        Path file = write("undated.txt", "Talks resume\n\n" + BODY_2 + "\n");
        Instant saved = Instant.parse("2024-02-01T08:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(saved));
        RawArticle article = read(file.toString()).only();
        assertThat(article.getPublishedAt()).isEqualTo(saved);
        assertThat(article.getFetchedAt()).isEqualTo(saved);
        assertThat(article.getPublishedAtSource()).isEqualTo(TimeSource.FETCH_TIME);
        assertThat(article.getUrl()).isNull();
        assertThat(article.getSource()).isEqualTo("unknown");
        assertThat(article.getId()).isEqualTo(article.getContentHash().substring(0, 32));
    }

    @Test
    void shouldDecodeAWindows1252File() throws IOException {
        String text = "Minister\u2019s visit \u2014 \u201Ca new chapter\u201D\n\nThe minister\u2019s caf\u00e9 "
                + "meeting with his counterpart was described as \u201Cwarm and productive\u201D by officials.\n";
        RawArticle article = read(write("cp1252.txt", text.getBytes(Charset.forName("windows-1252"))).toString())
                .only();
        assertThat(article.getTitle()).isEqualTo("Minister's visit \u2014 \"a new chapter\"");
        assertThat(article.getText()).contains("caf\u00e9 meeting").contains("\"warm and productive\"");
    }

    @Test
    void shouldRefuseEmptyBinaryAndHugeFilesAndGoOnWithTheRest() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        byte[] png = new byte[2048];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        Path binary = write("photo.txt", png);
        Path huge = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = (BODY_2 + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50_000_000L; written += line.length) {
                out.write(line);
            }
        }
        Path good = write("good.txt", "Talks resume\n\n" + BODY_2 + "\n");
        CollectingSink sink = read(empty.toString(), binary.toString(), huge.toString(), good.toString());
        assertThat(sink.titles()).containsExactly("Talks resume");
        assertThat(sink.failureReasons()).containsExactly(
                empty + ": empty file",
                binary + ": binary content, not text: looks like a PNG image",
                huge + ": file is 50.0 MB, more than the 8.4 MB one article may be (raise it with --max-file-size, "
                        + "or export large collections as JSON Lines)");
        assertThat(sink.failures.get(1).input()).hasSize(2048);
        assertThat(sink.failures.get(2).input()).hasSize(1024 * 1024 + 1);
    }

    @Test
    void shouldReadJsonLinesAndFailOnlyTheBadLines() throws IOException {
        Path file = write("export.jsonl", String.join("\n",
                json("https://example.org/a", "First", BODY_1, "Example Post", "2024-03-05T10:15:00Z", null),
                "{\"title\": \"Broken\", \"text\": \"unterminated",
                json(null, "Second", BODY_2, null, "2024-03-06T09:00:00+05:00", "en"),
                json(null, "Third", BODY_2 + " More.", null, "yesterday", null),
                "",
                "{\"text\": \"" + BODY_2 + "\"}",
                json(null, "Fourth", BODY_2 + " Again.", null, null, "ur")) + "\n");
        CollectingSink sink = read(file.toString());
        assertThat(sink.titles()).containsExactly("First", "Second", "Fourth");
        assertThat(sink.articles)
                .allSatisfy(a -> assertThat(a.getContentHash()).isEqualTo(ContentHash.of(a.getText())));
        assertThat(sink.failureReasons()).hasSize(3);
        assertThat(sink.failureReasons().get(0)).startsWith(file + ":2: invalid JSON: ");
        assertThat(sink.failureReasons().get(1))
                .isEqualTo(file + ":4: published_at \"yesterday\" is not an ISO-8601 date-time "
                        + "(e.g. 2024-03-05T10:15:00Z)");
        assertThat(sink.failureReasons().get(2)).isEqualTo(file + ":6: missing field 'title'");
        assertThat(sink.failures.get(1).input()).asString(StandardCharsets.UTF_8).contains("\"Third\"");
        RawArticle first = sink.articles.get(0);
        assertThat(first.getSource()).isEqualTo("Example Post");
        assertThat(first.getDateline()).isEqualTo("ISLAMABAD");
        assertThat(first.getPublishedAtSource()).isEqualTo(TimeSource.INPUT_FIELD);
        assertThat(first.getInputFormat()).isEqualTo(InputFormat.JSONL);
        assertThat(first.getOrigin()).isEqualTo(file + ":1");
        assertThat(sink.articles.get(1).getPublishedAt()).isEqualTo(Instant.parse("2024-03-06T04:00:00Z"));
        assertThat(sink.articles.get(1).getLanguage()).isEqualTo("eng");
        assertThat(sink.articles.get(2).getLanguage()).isEqualTo("urd");
        assertThat(sink.articles.get(2).getPublishedAtSource()).isEqualTo(TimeSource.FETCH_TIME);
    }

    @Test
    void shouldReadJsonLinesWithAByteOrderMarkAndWindowsLineEnds() throws IOException {
        String lines = "\uFEFF" + json(null, "First", BODY_1, null, null, null) + "\r\n"
                + json(null, "Second", BODY_2, null, null, null) + "\r\n";
        assertThat(read(write("bom.jsonl", lines).toString()).titles()).containsExactly("First", "Second");
    }

    @Test
    void shouldReadGzippedJsonLinesAndReportATruncatedGzipAfterTheLinesBeforeIt() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append(json("https://example.org/" + i, "Article " + i, BODY_2 + " Number " + i + ".", "Post",
                    "2024-03-05T10:15:00Z", null)).append('\n');
        }
        byte[] gzip = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path whole = write("whole.jsonl.gz", gzip);
        Path truncated = write("truncated.jsonl.gz", Arrays.copyOf(gzip, gzip.length * 2 / 3));
        CollectingSink sink = read(whole.toString());
        assertThat(sink.articles).hasSize(400);
        assertThat(sink.failures).isEmpty();
        CollectingSink cut = read(truncated.toString());
        assertThat(cut.articles).hasSizeBetween(100, 399);
        assertThat(cut.failureReasons()).singleElement().asString()
                .startsWith(truncated + ":" + (cut.articles.size() + 1) + ": input ends in the middle of line")
                .contains("truncated gzip file");
    }

    @Test
    void shouldReportATruncatedGzipTextFile() throws IOException {
        byte[] gzip = gzip(("Talks resume\n\n" + BODY_2.repeat(50)).getBytes(StandardCharsets.UTF_8));
        Path cut = write("cut.txt.gz", Arrays.copyOf(gzip, gzip.length / 2));
        assertThat(read(cut.toString()).failureReasons()).singleElement().asString()
                .startsWith(cut + ": truncated gzip file");
    }

    @Test
    void shouldWalkFoldersRecursivelySkippingHiddenFilesAndSniffingUnknownNames() throws IOException {
        write("b/second.txt", "Second\n\n" + BODY_2 + "\n");
        write("a/first.txt.gz", gzip(("First\n\n" + BODY_1 + "\n").getBytes(StandardCharsets.UTF_8)));
        write("a/.DS_Store", new byte[] {0, 0, 0, 1});
        write(".git/config", "[core]");
        write("c/page.saved", "<!DOCTYPE html><html><head><title>Third talks in Moscow | Example Post</title></head>"
                + "<body>"
                + "<article><p>" + BODY_2 + "</p></article></body></html>");
        CollectingSink sink = read(dir.toString());
        assertThat(sink.titles()).containsExactly("First", "Second", "Third talks in Moscow");
        assertThat(sink.articles.get(2).getInputFormat()).isEqualTo(InputFormat.HTML);
        assertThat(sink.failures).isEmpty();
    }

    @Test
    void shouldReportAMissingPathAndAnEmptyFolder() throws IOException {
        Files.createDirectories(dir.resolve("nothing"));
        CollectingSink sink = read(dir.resolve("missing.txt").toString(), dir.resolve("nothing").toString());
        assertThat(sink.failureReasons()).containsExactly(dir.resolve("missing.txt") + ": no such file or directory",
                dir.resolve("nothing") + ": folder holds no files");
    }

    @Test
    void shouldReadASavedHtmlPageWithItsMetadata() throws IOException {
        Path file = write("page.html", "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
                + "<title>Sharif, Putin talk energy | Example Post</title>"
                + "<link rel=canonical href=\"https://example.org/world/sharif-putin?utm_medium=email\">"
                + "<meta property=\"og:site_name\" content=\"Example Post\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T10:15:00+05:00\">"
                + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<article><h1>Sharif, Putin talk energy</h1><p>" + BODY_1 + "</p><p>" + BODY_2 + "</p>"
                + "<div class=share-buttons><a href=#>Facebook</a><a href=#>Twitter</a></div></article>"
                + "<footer>Copyright 2024 Example Post</footer></body></html>");
        RawArticle article = read(file.toString()).only();
        assertThat(article.getTitle()).isEqualTo("Sharif, Putin talk energy");
        assertThat(article.getCanonicalUrl()).isEqualTo("https://example.org/world/sharif-putin");
        assertThat(article.getUrl()).isNull();
        assertThat(article.getSource()).isEqualTo("Example Post");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T05:15:00Z"));
        assertThat(article.getPublishedAtSource()).isEqualTo(TimeSource.PAGE_METADATA);
        assertThat(article.getText()).isEqualTo(BODY_1.substring("ISLAMABAD: ".length()) + "\n\n" + BODY_2);
    }

    @Test
    void shouldIgnoreAnUnparseableDateInPageMetadataAndFallBackToTheSaveTime() throws IOException {
        Path file = write("undated.html", "<html><head><title>Talks resume in Moscow</title>"
                + "<meta property=\"article:published_time\" content=\"yesterday afternoon\"></head>"
                + "<body><article><p>" + BODY_2 + "</p></article></body></html>");
        Instant saved = Instant.parse("2024-02-01T08:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(saved));
        RawArticle article = read(file.toString()).only();
        assertThat(article.getPublishedAt()).isEqualTo(saved);
        assertThat(article.getPublishedAtSource()).isEqualTo(TimeSource.FETCH_TIME);
    }

    @Test
    void shouldReadAJsonLineCarryingAPageInsteadOfText() throws IOException {
        String html = "<html><head><meta property=\\\"og:site_name\\\" content=\\\"Example Post\\\"></head>"
                + "<body><article><p>" + BODY_1 + "</p><p>Share this:</p><p>" + BODY_2 + "</p></article></body></html>";
        Path file = write("pages.jsonl", "{\"url\": \"https://example.org/p\", \"title\": \"Page in JSON\", "
                + "\"html\": \"" + html + "\"}\n");
        RawArticle article = read(file.toString()).only();
        assertThat(article.getTitle()).isEqualTo("Page in JSON");
        assertThat(article.getSource()).isEqualTo("Example Post");
        assertThat(article.getText()).isEqualTo(BODY_1.substring("ISLAMABAD: ".length()) + "\n\n" + BODY_2);
        assertThat(article.getInputFormat()).isEqualTo(InputFormat.JSONL);
    }

    @Test
    void shouldFailAFeedFileWithMalformedXml() throws IOException {
        Path feed = write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>A</title><link>http://example.org/a</lin");
        assertThat(read(feed.toString()).failureReasons()).singleElement().asString()
                .startsWith(feed + ": malformed feed XML at line 1");
    }

    @Test
    void shouldReadFeedItemsWithoutLinksFromTheirContent() throws IOException {
        Path feed = write("items.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example Wire</title><id>urn:x</id>"
                + "<updated>2024-03-05T10:00:00Z</updated><entry><title>Sharif calls Putin</title><id>urn:1</id>"
                + "<updated>2024-03-05T10:00:00Z</updated><content type=\"html\">&lt;p&gt;" + BODY_1
                + "&lt;/p&gt;&lt;p&gt;" + BODY_2 + "&lt;/p&gt;</content></entry></feed>");
        RawArticle article = read(feed.toString()).only();
        assertThat(article.getTitle()).isEqualTo("Sharif calls Putin");
        assertThat(article.getSource()).isEqualTo("Example Wire");
        assertThat(article.getInputFormat()).isEqualTo(InputFormat.ATOM);
        assertThat(article.getPublishedAtSource()).isEqualTo(TimeSource.FEED);
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(article.getOrigin()).isEqualTo(feed + "#item1");
    }

    @Test
    void shouldGiveTheSameIdToTheSameUrlReadTwice() throws IOException {
        Path a = write("a.jsonl", json("https://example.org/x?utm_source=a", "A", BODY_1, null, null, null) + "\n");
        Path b = write("b.jsonl", json("https://EXAMPLE.org/x#frag", "B", BODY_2, null, null, null) + "\n");
        CollectingSink sink = read(a.toString(), b.toString());
        assertThat(sink.articles).extracting(RawArticle::getId).containsExactly(sink.articles.get(0).getId(),
                sink.articles.get(0).getId());
    }

    @Test
    void shouldKeepInputOrderWhenParsingOnSeveralThreads() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append(json(null, "Article " + i, BODY_2 + " Number " + i + ".", null, null, null)).append('\n');
        }
        CollectingSink sink = read(write("many.jsonl", lines.toString()).toString());
        assertThat(sink.titles()).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 300).mapToObj(i -> "Article " + i).toList());
    }

    static String json(String url, String title, String text, String source, String publishedAt, String language) {
        StringBuilder out = new StringBuilder("{");
        List<String[]> fields = List.of(new String[] {"url", url}, new String[] {"title", title},
                new String[] {"text", text}, new String[] {"source", source},
                new String[] {"published_at", publishedAt}, new String[] {"language", language});
        for (String[] field : fields) {
            if (field[1] != null) {
                out.append(out.length() > 1 ? ", " : "").append('"').append(field[0]).append("\": \"")
                        .append(field[1].replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
