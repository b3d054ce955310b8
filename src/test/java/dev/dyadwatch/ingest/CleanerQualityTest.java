package dev.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors under the cleaner's measured quality on the labelled pages (see {@link CleanerEvaluation}, which prints the
 * figures). A change that loses article text or lets boilerplate through on these pages fails here.
 */
class CleanerQualityTest {

    @Test
    void shouldKeepTheMainTextOfTheDevelopmentPagesAndNothingElse() {
        CleanerEvaluation.Result result = CleanerEvaluation.evaluate(CleanerEvaluation.DEVELOPMENT);
        assertThat(result.pages()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.titleAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.datelineAccuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldDoNearlyAsWellOnPagesItWasNeverTunedOn() {
        CleanerEvaluation.Result result = CleanerEvaluation.evaluate(CleanerEvaluation.HELD_OUT);
        assertThat(result.pages()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.titleAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.datelineAccuracy()).isGreaterThanOrEqualTo(0.9);
    }
}
