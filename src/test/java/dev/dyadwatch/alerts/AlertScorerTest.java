package dev.dyadwatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DyadAlert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertScorerTest {

    @TempDir
    Path dir;

    private static DyadAlert alert(String dyad, String openedAt, AlertStatus status, String updatedAt) {
        return DyadAlert.newBuilder(AlertFormatterTestData.alert(dyad)).setAlertId(dyad + "@" + openedAt)
                .setOpenedAt(Instant.parse(openedAt)).setStatus(status).setUpdatedAt(Instant.parse(updatedAt)).build();
    }

    private static final AlertScorer.Rise RISE = new AlertScorer.Rise("PAK-RUS",
            Instant.parse("2025-04-06T00:00:00Z"), Instant.parse("2025-05-06T00:00:00Z"));

    @Test
    void shouldScoreDetectionsFalseAlarmsAndDelays() {
        List<DyadAlert> alerts = List.of(
                alert("PAK-RUS", "2025-04-08T12:00:00Z", AlertStatus.OPENED, "2025-04-08T12:00:00Z"),
                alert("IND-JPN", "2025-04-10T00:00:00Z", AlertStatus.OPENED, "2025-04-10T00:00:00Z"),
                alert("PAK-RUS", "2025-04-08T12:00:00Z", AlertStatus.RESOLVED, "2025-05-10T00:00:00Z"));
        AlertScorer.Score score = AlertScorer.score(alerts, List.of(RISE), Duration.ofDays(7));
        assertThat(score.episodes()).isEqualTo(2);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.falseAlarms()).containsExactly("IND-JPN IND-JPN@2025-04-10T00:00:00Z");
        assertThat(score.maxDelay()).isEqualTo(Duration.ofHours(60));
        assertThat(score.detections().get(0).resolvedAt()).isEqualTo(Instant.parse("2025-05-10T00:00:00Z"));
    }

    @Test
    void shouldNotCountRetractedOrReplacedEpisodes() {
        List<DyadAlert> alerts = List.of(
                alert("IND-JPN", "2025-04-10T00:00:00Z", AlertStatus.OPENED, "2025-04-10T00:00:00Z"),
                alert("IND-JPN", "2025-04-10T00:00:00Z", AlertStatus.RETRACTED, "2025-04-11T00:00:00Z"),
                alert("PAK-RUS", "2025-04-09T00:00:00Z", AlertStatus.OPENED, "2025-04-09T00:00:00Z"),
                alert("PAK-RUS", "2025-04-07T00:00:00Z", AlertStatus.OPENED, "2025-04-09T01:00:00Z"));
        AlertScorer.Score score = AlertScorer.score(alerts, List.of(RISE), Duration.ofDays(7));
        assertThat(score.episodes()).isEqualTo(1);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.maxDelay()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void shouldMissARiseAlertedTooLateOrForAnotherDyad() {
        List<DyadAlert> alerts = List.of(alert("PAK-RUS", "2025-05-20T00:00:00Z", AlertStatus.OPENED,
                "2025-05-20T00:00:00Z"));
        AlertScorer.Score score = AlertScorer.score(alerts, List.of(RISE), Duration.ofDays(7));
        assertThat(score.recall()).isZero();
        assertThat(score.precision()).isZero();
        assertThat(score.detections().get(0).detected()).isFalse();
    }

    @Test
    void shouldReadTheExpectedAlertsOfAGeneratedTruth() throws IOException {
        Path truth = dir.resolve("rise.jsonl.truth.json");
        Files.writeString(truth, "{\"format\": \"dyadwatch-generator-truth/1\", \"scenario\": \"rise\",\n"
                + "\"rises\": [{\"dyad\": \"PAK-RUS\", \"from\": \"2025-04-06\", \"until\": null}],\n"
                + "\"expectedAlerts\": [{\"dyad\": \"PAK-RUS\", \"from\": \"2025-04-06\", \"resolveAfter\": null}],\n"
                + "\"articles\": [{\"url\": \"u\", \"contacts\": [{\"dyad\": \"IND-USA\"}]}]}");
        assertThat(AlertScorer.expectedRises(truth)).containsExactly(new AlertScorer.Rise("PAK-RUS",
                Instant.parse("2025-04-06T00:00:00Z"), null));
    }

    @Test
    void shouldReadTheExpectedAlertsOfTheSampleCorpusTruth() throws IOException {
        Path truth = Path.of("src/main/resources/dev/dyadwatch/sample/ground-truth.json");
        assertThat(AlertScorer.expectedRises(truth)).containsExactly(new AlertScorer.Rise("PAK-RUS",
                Instant.parse("2025-05-12T00:00:00Z"), null));
    }
}
