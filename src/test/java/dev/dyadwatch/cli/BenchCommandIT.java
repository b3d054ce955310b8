package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyadwatch bench} from the jar, small: it must finish (it waits for the pipeline to consume what it
 * produced) and print its figures. The figures themselves are the benchmark's business, not this test's.
 */
@Tag("integration")
class BenchCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldDriveArticlesThroughThePipelineAndPrintThroughputAndLatency() throws Exception {
        Path output = dir.resolve("stdout");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", LauncherIT.JAR.toString(), "bench", "--articles", "400", "--rate", "100"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("bench finished within 5 minutes: " + out).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(0);
        assertThat(out).containsPattern("sustained: 200 articles produced at full speed, all processed in [0-9.]+ s: "
                + "[0-9,]+ articles/s")
                .containsPattern("produce -> articles-enriched +p50 [0-9,]+ ms +p99 [0-9,]+ ms")
                .containsPattern("CPU: [0-9.]+ ms per article")
                // Every article is written at least to articles-raw, dedupe's home and articles-unique.
                .containsPattern("articles-raw +[0-9,]+ bytes +1\\.00 entries")
                .containsPattern("dyadwatch-dedupe-home-repartition +[0-9,]+ bytes +[0-9.]+ entries")
                .containsPattern("articles-unique +[0-9,]+ bytes +[0-9.]+ entries");
    }
}
