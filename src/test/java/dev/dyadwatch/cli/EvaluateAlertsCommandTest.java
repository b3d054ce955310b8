package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code evaluate-alerts} end to end without Kafka: generated articles read as ingest reads them, coded by the
 * coder, replayed through the dyad engine, scored.
 */
class EvaluateAlertsCommandTest {

    private final CommandRun command = new CommandRun();

    @Test
    void shouldDetectTheRiseOfTheSampleCorpusAndOfAGeneratedScenarioWithTheCoder() {
        assertThat(command.run("evaluate-alerts", "--scenarios", "rise", "--seeds", "1")).isEqualTo(0);
        String printed = command.out();
        assertThat(printed).containsPattern("(?m)^rise +1 +\\d+ +\\d+ +1 +1 ");
        // The sample corpus: 66 unique articles once its six syndicated copies are dropped, one rise, detected.
        assertThat(printed).containsPattern("(?m)^sample +0 +66 +\\d+ +1 +1 ");
        assertThat(printed).contains("recall 2/2 rises", "every clear rise alerted: yes");
    }

    @Test
    void shouldNotAlertASyndicatedContactWhenTheTruthCodes() {
        assertThat(command.run("evaluate-alerts", "--scenarios", "syndication", "--seeds", "1", "--coding", "TRUTH",
                "--no-sample")).isEqualTo(0);
        assertThat(command.out()).containsPattern("(?m)^syndication +1 +\\d+ +\\d+ +0 +0 +- +- +\\d+ +\\d+ +0$")
                .contains("no alert for syndication, single event or volume spike: yes (0)");
    }

    @Test
    void shouldRefuseAnUnknownScenario() {
        assertThat(command.run("evaluate-alerts", "--scenarios", "riseing", "--no-sample")).isEqualTo(2);
        assertThat(command.err()).contains("unknown scenario 'riseing'");
    }
}
