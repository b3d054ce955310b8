package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.ingest.publish.PublishSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IngestCommandTest {

    @Test
    void shouldReadDurationsAndSizesAsPeopleTypeThem() {
        assertThat(IngestCommand.Durations.parse("--interval", "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(IngestCommand.Durations.parse("--interval", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(IngestCommand.Durations.parse("--interval", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(IngestCommand.Durations.parse("--interval", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(IngestCommand.Durations.parse("--interval", "30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(IngestCommand.Durations.parseBytes("--max-file-size", "8MiB")).isEqualTo(8L * 1024 * 1024);
        assertThat(IngestCommand.Durations.parseBytes("--max-file-size", "500 KB")).isEqualTo(500_000);
        assertThat(IngestCommand.Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
    }

    @Test
    void shouldRefuseAMalformedDurationNamingTheOption() {
        assertThatThrownBy(() -> IngestCommand.Durations.parse("--interval", "soon"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--interval must be a duration such as 500ms, 30s, 5m or 1h, got 'soon'");
        assertThatThrownBy(() -> IngestCommand.Durations.parseBytes("--max-file-size", "-3MB"))
                .hasMessageContaining("--max-file-size must be a size");
    }

    @Test
    void shouldExplainItselfAndRequireAnInput() {
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setErr(new PrintWriter(err, true));
        assertThat(line.execute("ingest")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'PATH|URL'");
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        assertThat(line.execute("ingest", "--help")).isZero();
        assertThat(out.toString()).contains("--follow").contains("--state-dir").contains("articles-dlq");
    }

    @Test
    void shouldDrawAProgressLineWithRateAndFailures() {
        PublishSummary now = new PublishSummary(12_345, 2, 1, 12, 0, Duration.ofSeconds(62), List.of());
        assertThat(IngestProgress.line(now))
                .isEqualTo("ingest: 12,345 published  199.1 articles/s  3 failed  12 skipped  1m02s");
    }
}
