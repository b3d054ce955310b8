package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code evaluate-alerts} end to end without Kafka: generated articles read as ingest reads them, coded by the
 * coder, replayed through the dyad engine, scored.
 */
class EvaluateAlertsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void shouldDetectTheRiseOfTheSampleCorpusAndOfAGeneratedScenarioWithTheCoder() {
        assertThat(run("evaluate-alerts", "--scenarios", "rise", "--seeds", "1")).isEqualTo(0);
        String printed = out.toString();
        assertThat(printed).containsPattern("(?m)^rise +1 +\\d+ +\\d+ +1 +1 ");
        // The sample corpus: 66 unique articles once its six syndicated copies are dropped, one rise, detected.
        assertThat(printed).containsPattern("(?m)^sample +0 +66 +\\d+ +1 +1 ");
        assertThat(printed).contains("recall 2/2 rises", "every clear rise alerted: yes");
    }

    @Test
    void shouldNotAlertASyndicatedContactWhenTheTruthCodes() {
        assertThat(run("evaluate-alerts", "--scenarios", "syndication", "--seeds", "1", "--coding", "TRUTH",
                "--no-sample")).isEqualTo(0);
        assertThat(out.toString()).containsPattern("(?m)^syndication +1 +\\d+ +\\d+ +0 +0 +- +- +\\d+ +\\d+ +0$")
                .contains("no alert for syndication, single event or volume spike: yes (0)");
    }

    @Test
    void shouldRefuseAnUnknownScenario() {
        assertThat(run("evaluate-alerts", "--scenarios", "riseing", "--no-sample")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown scenario 'riseing'");
    }
}
