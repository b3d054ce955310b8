package dev.dyadwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.avro.DyadAlert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertVerdictTest {

    private static final Instant RISE = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2025-03-15T00:00:00Z");

    private static AlertEvaluation.Run run(String name, AlertScorer.Detection... detections) {
        int detected = (int) List.of(detections).stream().filter(AlertScorer.Detection::detected).count();
        AlertScorer.Score score = new AlertScorer.Score(detected, detected, 1.0,
                detections.length == 0 ? 1.0 : detected / (double) detections.length, List.of(detections), List.of());
        return new AlertEvaluation.Run(name, 1, 100, 10, "PAK-RUS", RISE, List.<DyadAlert>of(), score);
    }

    @Test
    void shouldMeetTheTargetsWhenEveryRiseIsAlertedAndTheFadeResolved() {
        AlertVerdict verdict = new AlertVerdict(List.of(
                run("rise", new AlertScorer.Detection(new AlertScorer.Rise("PAK-RUS", RISE, null),
                        RISE.plus(Duration.ofDays(2)), Duration.ofDays(2), null)),
                run("rise-fade", new AlertScorer.Detection(new AlertScorer.Rise("PAK-RUS", RISE, END),
                        RISE.plus(Duration.ofDays(1)), Duration.ofDays(1), END.plus(Duration.ofDays(3)))),
                run("syndication")));
        assertThat(verdict.targetsMet()).isTrue();
        assertThat(verdict.lines()).anyMatch(l -> l.startsWith("recall 2/2 rises"))
                .anyMatch(l -> l.contains("median 2.0 days, max 2.0 days"));
    }

    @Test
    void shouldFailTheTargetsWhenAFadedRiseNeverResolves() {
        AlertVerdict verdict = new AlertVerdict(List.of(
                run("rise-fade", new AlertScorer.Detection(new AlertScorer.Rise("PAK-RUS", RISE, END),
                        RISE.plus(Duration.ofDays(1)), Duration.ofDays(1), null))));
        assertThat(verdict.targetsMet()).isFalse();
        assertThat(verdict.lines()).anyMatch(l -> l.contains("resolved after the fade: NO (0/1)"));
    }

    @Test
    void shouldFailTheTargetsWhenARiseIsMissed() {
        AlertVerdict verdict = new AlertVerdict(List.of(run("rise",
                new AlertScorer.Detection(new AlertScorer.Rise("PAK-RUS", RISE, null), null, null, null))));
        assertThat(verdict.targetsMet()).isFalse();
        assertThat(verdict.lines()).anyMatch(l -> l.contains("every clear rise alerted: NO"));
    }
}
