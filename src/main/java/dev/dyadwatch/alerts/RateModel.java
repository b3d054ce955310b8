package dev.dyadwatch.alerts;

/**
 * Is a dyad's recent contact rate significantly above its own history?
 *
 * <p>Counts are of distinct events; exposures are in days of average news volume, so a day on which all
 * news triples is worth three days. The dyad's rate λ (events per exposure-day) has a Gamma prior with mean
 * {@code priorEventsPerDay} worth {@code priorWeightDays} days; after {@code K} baseline events over
 * exposure {@code E_B} its posterior is Gamma(α + K, β + E_B) with α = mean × weight and β = weight. The
 * count in the recent window, exposure {@code E_R}, then follows the posterior predictive: negative binomial
 * with r = α + K and p = (β + E_B) / (β + E_B + E_R). Contact between two countries varies from week to week
 * more than a Poisson count with a known rate would, so r is capped at {@code dispersion}: a busy dyad needs a
 * proportionally larger rise, a sparse one is unaffected. The score is -log10 P(N ≥ observed); a shorter window
 * needs a higher score ({@link #threshold}). A dyad with little
 * history has a wide predictive, so it needs more evidence. An alert needs the score, a minimum count, a
 * minimum ratio observed/expected, contact on a minimum number of distinct days (one visit with its talks and
 * signing is one occasion, not a rise), and a minimum history: at least {@code minHistoryDays} and at least the
 * window's own length (a month is not judged against a fortnight). See {@code docs/alerts.md}.
 */
public final class RateModel {

    /** Score reported when the tail probability underflows (far beyond any threshold). */
    public static final double MAX_SCORE = 300.0;
    /** Largest rate ratio reported. */
    public static final double MAX_RATIO = 1e6;

    private final AlertSettings settings;

    public RateModel(AlertSettings settings) {
        this.settings = settings;
    }

    /**
     * Tests a recent window.
     *
     * @param windowDays length of the recent window in days
     * @param observed distinct events in the recent window
     * @param activeDays days of the recent window with at least one event
     * @param baselineEvents distinct events in the baseline period
     * @param baselineExposure exposure of the baseline period, in days of average volume
     * @param recentExposure exposure of the recent window so far, in days of average volume
     * @param historyDays calendar days of observed volume in the baseline period
     */
    public RateTest test(int windowDays, int observed, int activeDays, long baselineEvents, double baselineExposure,
            double recentExposure, double historyDays) {
        if (observed < 0 || baselineEvents < 0 || baselineExposure < 0 || recentExposure < 0) {
            throw new IllegalArgumentException("counts and exposures must not be negative");
        }
        double alpha = settings.priorEventsPerDay() * settings.priorWeightDays();
        double beta = settings.priorWeightDays();
        double rate = (alpha + baselineEvents) / (beta + baselineExposure);
        double expected = rate * recentExposure;
        // Same mean, at most the configured shape: p = r / (r + mean) keeps the mean whatever r is.
        double shape = Math.min(alpha + baselineEvents, settings.dispersion());
        double p = expected > 0 ? shape / (shape + expected) : 1.0;
        double tail = NegativeBinomial.upperTail(observed, shape, p);
        double score = tail <= 0 ? MAX_SCORE : Math.min(MAX_SCORE, -Math.log10(tail));
        score = score == 0.0 ? 0.0 : score;
        // Finite even for a zero expectation, so that the ratio survives JSON and Avro consumers alike.
        double ratio = Math.min(MAX_RATIO, observed / Math.max(expected, 1e-9));
        boolean significant = observed >= settings.minEvents()
                && activeDays >= settings.minDays()
                && ratio >= settings.minRateRatio()
                && score >= threshold(windowDays)
                && historyDays >= Math.max(settings.minHistoryDays(), windowDays);
        boolean holds = observed > 0 && score >= settings.resolveScore();
        return new RateTest(observed, expected, score, ratio, historyDays, significant, holds);
    }

    /**
     * Tests a recent window that holds surge days (days on which all news ran well above its average): the window
     * as a whole, and the window without its surge days. Under the model a day on which all news triples carries
     * three days' contact, so its extra events are explained by the volume alone; a rise is significant only when
     * the other days show it too. The figures reported are the whole window's.
     *
     * @param surgeEvents distinct events on the surge days
     * @param surgeActiveDays surge days with at least one event
     * @param surgeExposure exposure of the surge days, in days of average volume
     */
    public RateTest test(int windowDays, int observed, int activeDays, long baselineEvents, double baselineExposure,
            double recentExposure, double historyDays, int surgeEvents, int surgeActiveDays, double surgeExposure) {
        RateTest whole = test(windowDays, observed, activeDays, baselineEvents, baselineExposure, recentExposure,
                historyDays);
        if (!whole.significant() || surgeExposure <= 0) {
            return whole;
        }
        RateTest outside = test(windowDays, observed - surgeEvents, activeDays - surgeActiveDays, baselineEvents,
                baselineExposure, Math.max(0, recentExposure - surgeExposure), historyDays);
        return outside.significant() ? whole : new RateTest(whole.observed(), whole.expected(), whole.score(),
                whole.rateRatio(), whole.historyDays(), false, whole.holds());
    }

    /**
     * The score a window must reach: the minimum score for the longest window, raised by log10 of how many times a
     * shorter window fits in it, since a shorter window is tested afresh that many times as often (a Bonferroni
     * correction over the windows of one period).
     */
    public double threshold(int windowDays) {
        return settings.minScore() + Math.log10(Math.max(1.0, settings.longestWindow() / (double) windowDays));
    }

    public AlertSettings settings() {
        return settings;
    }
}
