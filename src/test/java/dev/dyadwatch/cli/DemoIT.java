package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyadwatch demo} as a user runs it, from the shaded jar in its own process: the embedded broker and
 * registry, every topology, the bundled sample corpus or the user's own articles, alerts on stdout.
 */
@Tag("integration")
class DemoIT {

    @TempDir
    Path dir;

    private record Result(int exit, List<JsonNode> alerts, String log) {
    }

    private Result demo(String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", LauncherIT.JAR.toString(), "demo", "--exit-when-done", "--json", "--port", "0",
                "--registry-port", "0", "--data-dir", dir.resolve("data").toString(), "--reset"));
        command.addAll(List.of(extra));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("demo finished within 5 minutes").isTrue();
        List<JsonNode> alerts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            // stdout carries alerts only, one JSON object a line: a log line here would break a consumer's parser.
            alerts.add(json.readTree(line));
        }
        return new Result(process.exitValue(), alerts, Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void shouldAlertTheRiseOfPakistanRussiaInTheSampleCorpusWithItsEvidence() throws Exception {
        Result result = demo();
        assertThat(result.exit()).as(result.log()).isEqualTo(0);
        assertThat(result.log()).contains("ingesting the bundled sample corpus", "72 articles published",
                "0 inputs failed", "all input processed");
        List<JsonNode> pakRus = result.alerts().stream().filter(a -> a.get("dyad").asText().equals("PAK-RUS"))
                .toList();
        assertThat(pakRus).as(result.log()).isNotEmpty();
        JsonNode last = pakRus.get(pakRus.size() - 1);
        assertThat(last.get("status").asText()).isIn("OPENED", "ESCALATED");
        // The rise is in May 2025 (second week onwards): the alert's window ends in it.
        Instant windowEnd = Instant.parse(last.get("windowEnd").asText());
        assertThat(windowEnd).isBetween(Instant.parse("2025-05-08T00:00:00Z"), Instant.parse("2025-06-08T00:00:00Z"));
        assertThat(last.get("observed").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(last.get("observed").asDouble()).isGreaterThan(2 * last.get("expected").asDouble());
        assertThat(last.get("evidence")).isNotEmpty();
        for (JsonNode event : last.get("evidence")) {
            assertThat(event.get("title").asText()).isNotBlank();
            assertThat(event.get("url").asText()).startsWith("https://");
            assertThat(event.get("source").asText()).isNotBlank();
            assertThat(event.get("sentence").asText()).isNotBlank();
            assertThat(event.get("cameo").asText()).matches("0[0-9]{2}");
        }
    }

    @Test
    void shouldRunOnTheUsersOwnArticles() throws Exception {
        Path own = dir.resolve("own.jsonl");
        Files.writeString(own, """
                {"url": "https://own.example/a1", "title": "Kenya and Ethiopia hold border talks", "text": "Kenyan \
                Foreign Minister Musalia Mudavadi held talks with his Ethiopian counterpart in Addis Ababa on Monday \
                about the shared border.", "source": "Own Desk", "published_at": "2025-03-03T10:00:00Z"}
                {"url": "https://own.example/a2", "title": "Chile, Peru sign fisheries accord", "text": "Chile and \
                Peru signed an agreement on fisheries in Lima on Tuesday, the two foreign ministries said.", \
                "source": "Own Desk", "published_at": "2025-03-04T11:00:00Z"}
                """, StandardCharsets.UTF_8);
        Result result = demo("--input", own.toString());
        assertThat(result.exit()).as(result.log()).isEqualTo(0);
        assertThat(result.log()).contains("ingesting " + own, "2 articles published", "0 inputs failed",
                "all input processed; 0 alert updates printed");
        // Two contacts of two quiet pairs are no rise.
        assertThat(result.alerts()).isEmpty();
    }
}
