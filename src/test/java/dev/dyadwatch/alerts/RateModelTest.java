package dev.dyadwatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateModelTest {

    /** One 7-day window, prior 0.05 a day worth one day, shape at most 10, two weeks of history. */
    private static AlertSettings settings(double dispersion, double minHistory, List<Integer> windows) {
        return new AlertSettings(windows, 90, 0.05, 1, dispersion, 3, 2, 2.0, 3.0, minHistory, 1.5, 1.3,
                Duration.ofDays(3), 10, 2.0);
    }

    private final RateModel model = new RateModel(settings(10, 14, List.of(7)));

    @Test
    void shouldExpectTheBaselineRateTimesTheRecentExposure() {
        // 90 events over 90 average days, prior 0.05/day worth one day: (0.05 + 90) / 91 per day.
        RateTest test = model.test(7, 7, 7, 90, 90, 7, 90);
        assertThat(test.expected()).isCloseTo(7 * 90.05 / 91, within(1e-9));
        assertThat(test.rateRatio()).isCloseTo(7 / test.expected(), within(1e-9));
        assertThat(test.significant()).isFalse();
    }

    @Test
    void shouldFlagASharpRiseOverAQuietHistory() {
        RateTest test = model.test(7, 6, 6, 3, 90, 7, 90);
        assertThat(test.score()).isGreaterThan(3);
        assertThat(test.significant()).isTrue();
        assertThat(test.holds()).isTrue();
    }

    @Test
    void shouldNotFlagTheSameCountsWhenNewsVolumeRoseAsMuch() {
        // A dyad at one event a day: 28 events in a week is a rise at normal volume, ordinary when the
        // week carried four weeks' worth of news.
        RateTest normal = model.test(7, 28, 7, 90, 90, 7, 90);
        RateTest busier = model.test(7, 28, 7, 90, 90, 28, 90);
        assertThat(normal.significant()).isTrue();
        assertThat(busier.significant()).isFalse();
        assertThat(busier.rateRatio()).isLessThan(1.1);
    }

    @Test
    void shouldNotFlagARiseThatOnlyASurgeDayOfAllNewsMakes() {
        // A week in which one day carried three days of news: 5 events, 2 of them on that day, against a history
        // of 3 events in 90 days. Without the surge day, 3 events on 6 ordinary days are not improbable enough.
        RateTest plain = model.test(7, 5, 4, 3, 90, 9, 90);
        RateTest surged = model.test(7, 5, 4, 3, 90, 9, 90, 2, 1, 3);
        assertThat(plain.significant()).isTrue();
        assertThat(surged.significant()).isFalse();
        assertThat(surged.observed()).isEqualTo(plain.observed());
        assertThat(surged.score()).isEqualTo(plain.score());
        assertThat(surged.holds()).isTrue();
        // When the ordinary days show the rise as well, the surge day takes nothing away.
        RateTest broad = model.test(7, 8, 6, 3, 90, 9, 90, 2, 1, 3);
        assertThat(broad.significant()).isTrue();
    }

    @Test
    void shouldDemandMoreEvidenceFromADyadWithLittleHistory() {
        // Same baseline rate (one event every ten days), thirty versus ninety days of it.
        RateTest shortHistory = model.test(7, 5, 5, 3, 30, 7, 30);
        RateTest longHistory = model.test(7, 5, 5, 9, 90, 7, 90);
        assertThat(shortHistory.score()).isLessThan(longHistory.score());
    }

    @Test
    void shouldLetThePriorDominateADyadNeverSeenBefore() {
        RateTest test = model.test(7, 0, 0, 0, 30, 7, 30);
        assertThat(test.expected()).isCloseTo(7 * 0.05 / 31, within(1e-9));
        assertThat(test.score()).isZero();
        assertThat(test.holds()).isFalse();
    }

    @Test
    void shouldRequireTheMinimumCountEvenForAnImprobableRise() {
        RateTest twoEvents = model.test(7, 2, 2, 0, 90, 7, 90);
        assertThat(twoEvents.score()).isGreaterThan(1);
        assertThat(twoEvents.significant()).isFalse();
    }

    @Test
    void shouldNotTakeOneOccasionForARise() {
        // A visit with its talks and a signing: three events on one day of a quiet dyad.
        assertThat(model.test(7, 3, 1, 0, 90, 7, 90).significant()).isFalse();
        assertThat(model.test(7, 3, 2, 0, 90, 7, 90).significant()).isTrue();
    }

    @Test
    void shouldRequireTheMinimumRatio() {
        RateModel lenient = new RateModel(settings(1000, 14, List.of(7)));
        // Improbable for a busy dyad (270 over 90 days, 38 in a week) but well under twice its rate.
        RateTest test = lenient.test(7, 38, 7, 270, 90, 7, 90);
        assertThat(test.score()).isGreaterThan(3);
        assertThat(test.rateRatio()).isLessThan(2);
        assertThat(test.significant()).isFalse();
    }

    @Test
    void shouldAllowBusyDyadsMoreWeekToWeekVariationThanPoisson() {
        RateModel poissonLike = new RateModel(settings(1e9, 14, List.of(7)));
        RateTest capped = model.test(7, 50, 7, 270, 90, 7, 90);
        RateTest uncapped = poissonLike.test(7, 50, 7, 270, 90, 7, 90);
        assertThat(capped.expected()).isEqualTo(uncapped.expected());
        assertThat(capped.significant()).isFalse();
        assertThat(uncapped.significant()).isTrue();
        // A sparse dyad's predictive is wider than the cap already: unaffected.
        assertThat(model.test(7, 5, 5, 3, 90, 7, 90).score())
                .isEqualTo(poissonLike.test(7, 5, 5, 3, 90, 7, 90).score());
    }

    @Test
    void shouldRequireTheMinimumHistory() {
        RateTest young = model.test(7, 10, 7, 0, 10, 7, 10);
        assertThat(young.score()).isGreaterThan(3);
        assertThat(young.significant()).isFalse();
        assertThat(model.test(7, 10, 7, 0, 14, 7, 14).significant()).isTrue();
    }

    @Test
    void shouldNotJudgeAWindowAgainstAShorterHistory() {
        RateModel monthly = new RateModel(settings(10, 14, List.of(28)));
        assertThat(monthly.test(28, 20, 20, 0, 20, 28, 20).significant()).isFalse();
        assertThat(monthly.test(28, 20, 20, 0, 28, 28, 28).significant()).isTrue();
    }

    @Test
    void shouldAskMoreOfAShorterWindowThatIsTestedMoreOften() {
        RateModel two = new RateModel(settings(10, 14, List.of(7, 28)));
        assertThat(two.threshold(28)).isEqualTo(3.0);
        assertThat(two.threshold(7)).isCloseTo(3.0 + Math.log10(4), within(1e-12));
        // Four events on two days after three in ninety: enough for a lone weekly window, not for two windows.
        assertThat(model.test(7, 4, 2, 3, 90, 7, 90).significant()).isTrue();
        assertThat(two.test(7, 4, 2, 3, 90, 7, 90).significant()).isFalse();
    }

    @Test
    void shouldReportAFiniteRatioWithoutExposure() {
        RateTest test = model.test(7, 3, 3, 0, 0, 0, 0);
        assertThat(test.rateRatio()).isEqualTo(RateModel.MAX_RATIO);
        assertThat(test.score()).isEqualTo(RateModel.MAX_SCORE);
    }
}
