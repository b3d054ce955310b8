package dev.dyadwatch.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.CollectingSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDocumentReaderTest {

    private static final String CALL = "ISLAMABAD: Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by "
            + "telephone on Tuesday, the foreign office said.";
    private static final String TALKS = "The two leaders agreed to expand cooperation in energy, trade and security, "
            + "and to meet in Moscow later this year.";

    @TempDir
    Path dir;

    private final ArticleInputs inputs = ArticleInputs.builder().parallelism(2).build();

    @Test
    void shouldReadACompactArrayOfArticlesNamingEachElement() throws IOException {
        Path file = write("export.json", "[" + article("First", CALL) + "," + article("Second", TALKS) + "]");
        CollectingSink sink = read(file);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("First", "Second");
        assertThat(sink.articles).extracting(RawArticle::getOrigin)
                .containsExactly(file + ":element 1", file + ":element 2");
        assertThat(sink.articles.get(0).getDateline()).isEqualTo("ISLAMABAD");
        assertThat(sink.articles.get(0).getInputFormat()).isEqualTo(InputFormat.JSONL);
    }

    @Test
    void shouldReadAPrettyPrintedArrayWithNestedFieldsAndTheAliasedNames() throws IOException {
        Path file = write("scrape.json", """
                [
                  {
                    "title": "Sharif and Putin speak by phone",
                    "body": "%s",
                    "publishedAt": "2024-03-05T10:15:00Z",
                    "tags": ["Pakistan", "Russia"],
                    "author": {"name": "Staff", "roles": [1, 2]}
                  },
                  {
                    "title": "Leaders agree to meet",
                    "content": "<p>%s</p><p>%s</p>",
                    "published": 1709633700
                  }
                ]
                """.formatted(CALL, TALKS, CALL));
        CollectingSink sink = read(file);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.titles()).containsExactly("Sharif and Putin speak by phone", "Leaders agree to meet");
        RawArticle first = sink.articles.get(0);
        assertThat(first.getText()).isEqualTo(CALL.substring("ISLAMABAD: ".length()));
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
        assertThat(first.getPublishedAtSource()).isEqualTo(TimeSource.INPUT_FIELD);
        assertThat(sink.articles.get(1).getText()).isEqualTo(TALKS + "\n\n" + CALL);
        assertThat(sink.articles.get(1).getPublishedAt()).isEqualTo(Instant.ofEpochSecond(1709633700));
    }

    @Test
    void shouldReadAPrettyPrintedSingleObject() throws IOException {
        Path file = write("one.json", """
                {
                  "id": "a-1",
                  "title": "Khan holds talks with Putin in Moscow",
                  "source": "Capital Wire",
                  "publishedAt": "2022-02-24T16:30:00Z",
                  "paragraphs": ["kept out of the article"],
                  "text": "%s"
                }
                """.formatted(TALKS));
        RawArticle article = read(file).only();
        assertThat(article.getOrigin()).isEqualTo(file + ":object 1");
        assertThat(article.getSource()).isEqualTo("Capital Wire");
        assertThat(article.getText()).isEqualTo(TALKS);
    }

    @Test
    void shouldReadSeveralPrettyPrintedObjectsInARowAndFailOnlyTheOneWithoutText() throws IOException {
        Path file = write("dump.json", pretty("First", CALL) + "\n" + pretty("Second", TALKS)
                + "{\n  \"title\": \"No text\",\n  \"paragraphs\": [\"a\", \"b\"]\n}\n" + pretty("Third", TALKS));
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First", "Second", "Third");
        assertThat(sink.articles.get(2).getOrigin()).isEqualTo(file + ":object 4");
        assertThat(sink.failureReasons()).containsExactly(file + ":object 3: missing field 'text' (or 'body', "
                + "'content', 'html')");
        assertThat(sink.failures.get(0).input()).asString(StandardCharsets.UTF_8).contains("\"No text\"");
    }

    @Test
    void shouldFailABadElementAloneNamingItAndReadTheOthers() throws IOException {
        Path file = write("export.json", "[\n" + article("First", CALL) + ",\n"
                + "{\"title\": \"Undated\", \"text\": \"" + TALKS + "\", \"published_at\": \"last week\"},\n"
                + article("Third", TALKS) + "\n]\n");
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First", "Third");
        assertThat(sink.failureReasons()).containsExactly(file + ":element 2: published_at \"last week\" is not an "
                + "ISO-8601 date-time (e.g. 2024-03-05T10:15:00Z)");
    }

    @Test
    void shouldFailElementsThatAreNotObjectsAlone() throws IOException {
        Path file = write("mixed.json", "[" + article("First", CALL) + ", \"just a string\", [1, 2], null, "
                + article("Last", TALKS) + "]");
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First", "Last");
        assertThat(sink.failureReasons()).containsExactly(
                file + ":element 2: the element is JSON but not an object (a string)",
                file + ":element 3: the element is JSON but not an object (an array)",
                file + ":element 4: the element is JSON but not an object (null)");
        assertThat(sink.failures.get(1).input()).asString(StandardCharsets.UTF_8).isEqualTo("[1,2]");
    }

    @Test
    void shouldReadTheElementsBeforeATruncatedArrayAndSayWhereItEnds() throws IOException {
        String whole = "[\n" + article("First", CALL) + ",\n" + article("Second", TALKS) + ",\n"
                + article("Third", CALL) + "\n]\n";
        Path cut = write("cut.json", whole.substring(0, whole.indexOf("Third") + 10));
        CollectingSink sink = read(cut);
        assertThat(sink.titles()).containsExactly("First", "Second");
        assertThat(sink.failureReasons()).singleElement().asString()
                .startsWith(cut + ":element 3: input ends in the middle of element 3 (at line 4, column ")
                .contains("Unexpected end-of-input");

        Path unclosed = write("unclosed.json", whole.substring(0, whole.lastIndexOf(']')));
        CollectingSink open = read(unclosed);
        assertThat(open.titles()).containsExactly("First", "Second", "Third");
        assertThat(open.failureReasons()).singleElement().asString()
                .startsWith(unclosed + ": input ends before the array closes, after element 3 (at line 5, column ");
    }

    @Test
    void shouldStopAtASyntaxErrorInTheMiddleWithOneErrorNamingTheElement() throws IOException {
        Path file = write("broken.json", "[\n" + article("First", CALL) + ",\n"
                + "{\"title\": \"Broken\" \"text\": \"" + TALKS + "\"},\n" + article("Third", TALKS) + "\n]\n");
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First");
        assertThat(sink.failureReasons()).singleElement().asString()
                .startsWith(file + ":element 2: invalid JSON at line 3, column 20: ")
                .endsWith("; the rest of the file is not read");
    }

    @Test
    void shouldReportContentAfterTheArrayCloses() throws IOException {
        Path file = write("two.json", "[" + article("First", CALL) + ",\n" + article("Second", TALKS) + "] ["
                + article("Third", TALKS) + "]\n");
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First", "Second");
        assertThat(sink.failureReasons()).containsExactly(file + ": more after the array closes at line 2, "
                + "column " + (article("Second", TALKS).length() + 4) + "; not read");
    }

    @Test
    void shouldReadLinesThatAreArraysAsJsonLinesFailingEachLine() throws IOException {
        Path file = write("arrays.jsonl", "[" + article("First", CALL) + "]\n[1]\n");
        assertThat(read(file).failureReasons()).containsExactly(file + ":1: the line is JSON but not an object",
                file + ":2: the line is JSON but not an object");
    }

    @Test
    void shouldReadAGzippedArrayAndReportATruncatedOneAfterTheElementsBeforeIt() throws IOException {
        StringBuilder array = new StringBuilder("[\n");
        for (int i = 0; i < 400; i++) {
            array.append(i == 0 ? "" : ",\n").append(article("Article " + i, TALKS + " Number " + i + "."));
        }
        byte[] gzip = gzip(array.append("\n]\n").toString());
        CollectingSink sink = read(write("export.json.gz", gzip));
        assertThat(sink.failures).isEmpty();
        assertThat(sink.articles).hasSize(400);
        assertThat(sink.articles.get(399).getTitle()).isEqualTo("Article 399");

        Path truncated = write("truncated.json.gz", Arrays.copyOf(gzip, gzip.length * 2 / 3));
        CollectingSink cut = read(truncated);
        assertThat(cut.articles).hasSizeBetween(100, 399);
        assertThat(cut.failureReasons()).singleElement().asString()
                .startsWith(truncated + ":element " + (cut.articles.size() + 1) + ": input ends in the middle of "
                        + "element " + (cut.articles.size() + 1) + ": truncated gzip file");
    }

    @Test
    void shouldSkipAnElementLongerThanTheLimitAndGoOn() throws IOException {
        String huge = "{\"title\": \"Huge\", \"text\": \"" + "Talks went on. ".repeat(500) + "\", \"parts\": ["
                + ("\"" + "x".repeat(1024 * 1024) + "\",").repeat(17) + "0]}";
        Path file = write("huge.json", "[" + article("First", CALL) + ",\n" + huge + ",\n" + article("Last", TALKS)
                + "]");
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First", "Last");
        assertThat(sink.failureReasons()).containsExactly(file + ":element 2: element longer than "
                + JsonLinesReader.MAX_LINE_BYTES + " bytes; skipped");
        assertThat(sink.failures.get(0).input()).hasSize(64 * 1024);
    }

    @Test
    void shouldStopAtAStringTooLongToParseWithOneClearError() throws IOException {
        String huge = "{\"title\": \"Huge\", \"text\": \"" + "x".repeat(JsonDocumentReader.MAX_STRING_CHARS + 1)
                + "\"}";
        Path file = write("string.json", "[" + article("First", CALL) + ",\n" + huge + ",\n"
                + article("Last", TALKS) + "]");
        CollectingSink sink = read(file);
        assertThat(sink.titles()).containsExactly("First");
        assertThat(sink.failureReasons()).singleElement().asString()
                .startsWith(file + ":element 2: a value beyond the parser's limits: String value length")
                .endsWith("; the rest of the file is not read");
    }

    @Test
    void shouldKeepJsonLinesOnTheLinePathWhateverTheExtension() throws IOException {
        String lines = article("First", CALL) + "\n" + article("Second", TALKS) + "\n";
        for (String name : List.of("export.json", "export.jsonl", "export.ndjson")) {
            Path file = write(name, lines);
            assertThat(read(file).articles).extracting(RawArticle::getOrigin)
                    .containsExactly(file + ":1", file + ":2");
        }
        Path brokenFirst = write("broken-first.json", "{\"title\": \"Cut\", \"text\": \"unterminated\n" + lines);
        CollectingSink sink = read(brokenFirst);
        assertThat(sink.titles()).containsExactly("First", "Second");
        assertThat(sink.failureReasons()).singleElement().asString().startsWith(brokenFirst + ":1: invalid JSON");
    }

    @Test
    void shouldSniffAnArrayInAFileWhoseNameDoesNotSay() throws IOException {
        Path file = write("export", "  [ " + article("First", CALL) + " ]");
        assertThat(read(file).only().getOrigin()).isEqualTo(file + ":element 1");
    }

    private CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        inputs.read(List.of(file.toString()), sink);
        return sink;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static String article(String title, String text) {
        return "{\"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
    }

    private static String pretty(String title, String text) {
        return "{\n  \"title\": \"" + title + "\",\n  \"text\": \"" + text + "\"\n}\n";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
