package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void shouldWriteArticlesAndTruthForAScenario() throws Exception {
        Path out = dir.resolve("rise.jsonl");
        int code = run("generate", "--scenario", "rise", "--seed", "4", "--days", "40", "--articles-per-day", "30",
                "--change-day", "25", "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(out)).hasSizeBetween(1100, 1200);
        assertThat(Files.readString(dir.resolve("rise.jsonl.truth.json"))).contains("\"dyad\":\"PAK-RUS\"");
        assertThat(err.toString()).contains("rise, seed 4").contains("articles/s");
    }

    @Test
    void shouldExplainAnUnknownScenario() {
        int code = run("generate", "--scenario", "storm", "--out", dir.resolve("x.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown scenario 'storm'").contains("rise-fade");
    }

    @Test
    void shouldExplainABadDyad() {
        int code = run("generate", "--scenario", "rise", "--dyad", "PAKRUS", "--out",
                dir.resolve("x.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'PAKRUS' is not a dyad");
    }

    @Test
    void shouldRefuseArticlesAndArticlesPerDayTogether() {
        int code = run("generate", "--articles", "100", "--articles-per-day", "10", "--out",
                dir.resolve("x.jsonl").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not both");
    }
}
