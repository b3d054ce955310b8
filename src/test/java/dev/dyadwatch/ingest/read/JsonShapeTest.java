package dev.dyadwatch.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    @Test
    void shouldKeepOrdinaryJsonLinesOnTheLinePath() {
        assertThat(shape("{\"title\": \"A\", \"text\": \"B\"}\n{\"title\": \"C\", \"text\": \"D\"}\n"))
                .isEqualTo(JsonShape.LINES);
        assertThat(shape("\uFEFF\n\n  {\"title\": \"A\", \"nested\": {\"x\": [1, {}]}}\r\n"))
                .isEqualTo(JsonShape.LINES);
        assertThat(shape("{\"title\": \"A brace } and a quote \\\" in a string\"}\n{")).isEqualTo(JsonShape.LINES);
    }

    @Test
    void shouldKeepJsonLinesWithABrokenFirstLineOnTheLinePath() {
        assertThat(shape("{\"title\": \"cut in a string\n{\"title\": \"B\"}\n")).isEqualTo(JsonShape.LINES);
        assertThat(shape("{\"title\": \"cut after a comma\",\n{\"title\": \"B\"}\n")).isEqualTo(JsonShape.LINES);
        assertThat(shape("{\"title\": \"the last line, cut\",")).isEqualTo(JsonShape.LINES);
        assertThat(shape("not json at all\n")).isEqualTo(JsonShape.LINES);
    }

    @Test
    void shouldSeeAnArrayByItsFirstCharacter() {
        assertThat(shape("\n  [{\"title\": \"A\"}]")).isEqualTo(JsonShape.ARRAY);
        assertThat(shape("[{\"title\": \"A\"}, {\"title\": \"B ]\"}]\n\n")).isEqualTo(JsonShape.ARRAY);
        assertThat(shape("[\n  {\n    \"title\": \"A\"\n  }\n]\n")).isEqualTo(JsonShape.ARRAY);
        assertThat(shape("[{\"title\": \"cut in a string\n")).isEqualTo(JsonShape.ARRAY);
    }

    @Test
    void shouldKeepJsonLinesWhoseLinesAreArraysOnTheLinePath() {
        assertThat(shape("[1]\n[2]\n")).isEqualTo(JsonShape.LINES);
        assertThat(shape("[{\"title\": \"A\"}]\n[{\"title\": \"B\"}]\n")).isEqualTo(JsonShape.LINES);
        byte[] bytes = "[1]\n\n".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonShape.of(bytes, bytes.length, false)).isNull();
    }

    @Test
    void shouldSeePrettyPrintedObjectsByAFirstLineThatStaysOpen() {
        assertThat(shape("{\n  \"title\": \"A\"\n}\n")).isEqualTo(JsonShape.OBJECTS);
        assertThat(shape("{ \"title\": \"A\",\n  \"text\": \"B\" }\n{ \"title\": \"C\",\n"))
                .isEqualTo(JsonShape.OBJECTS);
        assertThat(shape("{\n}\n")).isEqualTo(JsonShape.OBJECTS);
    }

    @Test
    void shouldWaitForTheEndOfALongFirstLineBeforeDeciding() throws IOException {
        String longLine = "{\"title\": \"A\", \"text\": \"" + "word ".repeat(100_000) + "\"}\n{\"title\": \"B\"}\n";
        JsonShape.Head head = JsonShape.read(new ByteArrayInputStream(longLine.getBytes(StandardCharsets.UTF_8)));
        assertThat(head.shape()).isEqualTo(JsonShape.LINES);
        assertThat(head.bytes().length).isGreaterThan(500_000);

        byte[] bytes = "{\n  \"text\": \"x\"\n}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonShape.of(bytes, 2, false)).isNull();
        assertThat(JsonShape.of(bytes, bytes.length, false)).isEqualTo(JsonShape.OBJECTS);
    }

    private static JsonShape shape(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return JsonShape.of(bytes, bytes.length, true);
    }
}
