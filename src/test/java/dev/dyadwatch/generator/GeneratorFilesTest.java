package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldWriteOneValidJsonObjectPerLineWithTheIngestFields() throws IOException {
        Path file = dir.resolve("out/rise.jsonl");
        write(file, Scenario.RISE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1500);
        for (String line : lines) {
            JsonNode article = JSON.readTree(line);
            assertThat(article.isObject()).isTrue();
            Set<String> fields = new HashSet<>();
            article.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("url", "title", "text", "source", "published_at", "language");
            assertThat(OffsetDateTime.parse(article.get("published_at").asText())).isNotNull();
            assertThat(article.get("text").asText()).isNotBlank();
            assertThat(article.get("language").asText()).isEqualTo("en");
        }
    }

    @Test
    void shouldWriteATruthThatMatchesTheArticles() throws IOException {
        Path file = dir.resolve("rise.jsonl");
        write(file, Scenario.RISE);
        JsonNode truth = JSON.readTree(GeneratorFiles.truthFile(file).toFile());
        assertThat(truth.get("format").asText()).isEqualTo(TruthWriter.FORMAT);
        assertThat(truth.get("scenario").asText()).isEqualTo("rise");
        assertThat(truth.get("rises").get(0).get("dyad").asText()).isEqualTo("PAK-RUS");
        assertThat(truth.get("expectedAlerts").get(0).get("from").asText()).isEqualTo("2025-01-16");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(truth.get("articles")).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode article = JSON.readTree(lines.get(i));
            JsonNode entry = truth.get("articles").get(i);
            assertThat(entry.get("url").asText()).isEqualTo(article.get("url").asText());
            for (JsonNode contact : entry.path("contacts")) {
                assertThat(article.get("text").asText()).contains(contact.get("sentence").asText());
                assertThat(contact.get("cameo").asText()).matches("0(36|40|41|42|43|44|46|57|62)");
            }
        }
        assertThat(truth.get("summary").get("articles").asInt()).isEqualTo(lines.size());
        assertThat(truth.get("dailyEvents").has("PAK-RUS")).isTrue();
    }

    @Test
    void shouldCompressWhenTheFileNameEndsInGz() throws IOException {
        Path file = dir.resolve("rise.jsonl.gz");
        write(file, Scenario.RISE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            assertThat(reader.lines().count()).isEqualTo(1500);
        }
        assertThat(JSON.readTree(GeneratorFiles.truthFile(file).toFile()).get("articles")).hasSize(1500);
    }

    private static void write(Path file, Scenario scenario) throws IOException {
        try (GeneratorFiles files = new GeneratorFiles(file)) {
            Generators.shared().generate(ScenarioSettings.builder(scenario).seed(3).days(30).articles(1500)
                    .changeDay(10).build(), files);
        }
    }
}
