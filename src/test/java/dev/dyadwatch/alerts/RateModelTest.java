package dev.dyadwatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateModelTest {

    private final RateModel model = new RateModel(AlertSettings.defaults());

    @Test
    void shouldExpectTheBaselineRateTimesTheRecentExposure() {
        // 90 events over 90 average days, prior 0.05/day worth 7 days: (0.35 + 90) / 97 per day.
        RateTest test = model.test(7, 90, 90, 7, 90);
        assertThat(test.expected()).isCloseTo(7 * 90.35 / 97, within(1e-9));
        assertThat(test.rateRatio()).isCloseTo(7 / test.expected(), within(1e-9));
        assertThat(test.significant()).isFalse();
    }

    @Test
    void shouldFlagASharpRiseOverAQuietHistory() {
        RateTest test = model.test(6, 3, 90, 7, 90);
        assertThat(test.score()).isGreaterThan(3);
        assertThat(test.significant()).isTrue();
        assertThat(test.holds()).isTrue();
    }

    @Test
    void shouldNotFlagTheSameCountsWhenNewsVolumeTripledInTheWindow() {
        // A dyad at one event a day: 21 events in a week is a rise at normal volume, ordinary when the
        // week carried three weeks' worth of news.
        RateTest normal = model.test(21, 90, 90, 7, 90);
        RateTest tripled = model.test(21, 90, 90, 21, 90);
        assertThat(normal.significant()).isTrue();
        assertThat(tripled.significant()).isFalse();
        assertThat(tripled.rateRatio()).isLessThan(1.1);
    }

    @Test
    void shouldDemandMoreEvidenceFromADyadWithLittleHistory() {
        // Same baseline rate (one event every ten days), thirty versus ninety days of it.
        RateTest shortHistory = model.test(5, 3, 30, 7, 30);
        RateTest longHistory = model.test(5, 9, 90, 7, 90);
        assertThat(shortHistory.score()).isLessThan(longHistory.score());
    }

    @Test
    void shouldLetThePriorDominateADyadNeverSeenBefore() {
        RateTest test = model.test(0, 0, 30, 7, 30);
        assertThat(test.expected()).isCloseTo(7 * 0.35 / 37, within(1e-9));
        assertThat(test.score()).isZero();
        assertThat(test.holds()).isFalse();
    }

    @Test
    void shouldRequireTheMinimumCountEvenForAnImprobableRise() {
        RateTest twoEvents = model.test(2, 0, 90, 7, 90);
        assertThat(twoEvents.score()).isGreaterThan(1);
        assertThat(twoEvents.significant()).isFalse();
    }

    @Test
    void shouldRequireTheMinimumRatioForBusyDyads() {
        // Significant for a busy dyad (270 over 90 days, 38 in a week) but well under twice its rate.
        RateTest test = model.test(38, 270, 90, 7, 90);
        assertThat(test.score()).isGreaterThan(3);
        assertThat(test.rateRatio()).isLessThan(2);
        assertThat(test.significant()).isFalse();
    }

    @Test
    void shouldRequireTheMinimumHistory() {
        RateTest young = model.test(10, 0, 10, 7, 10);
        assertThat(young.score()).isGreaterThan(3);
        assertThat(young.significant()).isFalse();
        assertThat(model.test(10, 0, 14, 7, 14).significant()).isTrue();
    }

    @Test
    void shouldReportAFiniteRatioWithoutExposure() {
        RateTest test = model.test(3, 0, 0, 0, 0);
        assertThat(test.rateRatio()).isEqualTo(RateModel.MAX_RATIO);
        assertThat(test.score()).isEqualTo(RateModel.MAX_SCORE);
    }
}
