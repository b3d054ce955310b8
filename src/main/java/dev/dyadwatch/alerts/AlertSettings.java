package dev.dyadwatch.alerts;

import dev.dyadwatch.config.DyadwatchConfig;
import java.time.Duration;
import java.util.List;

/**
 * The parameters of the rate model and of the alert lifecycle; each one is a dyadwatch option (see
 * {@code docs/alerts.md} for the maths they enter).
 *
 * @param windowDays lengths of the recent windows tested, in UTC days, ascending ({@code alerts.window.days})
 * @param baselineDays length of the baseline before the recent window ({@code alerts.baseline.days})
 * @param priorEventsPerDay prior mean rate of a dyad, in events per day of average news volume
 *        ({@code alerts.prior.events.per.day})
 * @param priorWeightDays weight of the prior, in days of observation it is worth ({@code alerts.prior.weight.days})
 * @param dispersion largest shape of the negative binomial predictive: week-to-week variation beyond Poisson noise
 *        ({@code alerts.dispersion})
 * @param minEvents fewest distinct events in the recent window that can open an alert ({@code alerts.min.events})
 * @param minDays fewest days of the recent window with contact that can open an alert ({@code alerts.min.days})
 * @param minRateRatio smallest observed/expected ratio that can open an alert ({@code alerts.min.rate.ratio})
 * @param minScore smallest score (-log10 of the tail probability) that opens an alert ({@code alerts.min.score})
 * @param minHistoryDays days of observed news volume before the recent window needed before any alert opens
 *        ({@code alerts.min.history.days})
 * @param escalateFactor an open alert escalates when its observed count reaches this multiple of the count at
 *        opening or at the last escalation ({@code alerts.escalate.factor})
 * @param resolveScore below this score the rise no longer holds ({@code alerts.resolve.score})
 * @param resolveAfter an alert resolves once its rise has not held for this long ({@code alerts.resolve.after.ms})
 * @param evidenceMax most merged events carried as evidence by one alert ({@code alerts.evidence.max})
 * @param surgeFactor a day whose news volume runs above this multiple of the average day is a surge day, and a
 *        rise must be significant without the window's surge days too ({@code alerts.surge.factor})
 */
public record AlertSettings(List<Integer> windowDays, int baselineDays, double priorEventsPerDay,
        double priorWeightDays, double dispersion, int minEvents, int minDays, double minRateRatio, double minScore,
        double minHistoryDays, double escalateFactor, double resolveScore, Duration resolveAfter, int evidenceMax,
        double surgeFactor) {

    public AlertSettings {
        windowDays = windowDays.stream().distinct().sorted().toList();
        require(!windowDays.isEmpty() && windowDays.get(0) >= 1, "alerts.window.days must be at least 1");
        require(baselineDays >= 1, "alerts.baseline.days must be at least 1");
        require(priorEventsPerDay > 0, "alerts.prior.events.per.day must be positive");
        require(priorWeightDays > 0, "alerts.prior.weight.days must be positive");
        require(dispersion > 0, "alerts.dispersion must be positive");
        require(minEvents >= 1, "alerts.min.events must be at least 1");
        require(minDays >= 1 && minDays <= windowDays.get(0), "alerts.min.days must lie between 1 and the shortest "
                + "window");
        require(minRateRatio >= 1, "alerts.min.rate.ratio must be at least 1");
        require(minScore > 0, "alerts.min.score must be positive");
        require(minHistoryDays >= 0 && minHistoryDays <= baselineDays,
                "alerts.min.history.days must lie between 0 and alerts.baseline.days");
        require(escalateFactor > 1, "alerts.escalate.factor must be above 1");
        require(resolveScore >= 0 && resolveScore <= minScore,
                "alerts.resolve.score must lie between 0 and alerts.min.score");
        require(!resolveAfter.isNegative(), "alerts.resolve.after.ms must not be negative");
        require(evidenceMax >= 1, "alerts.evidence.max must be at least 1");
        require(surgeFactor > 1, "alerts.surge.factor must be above 1");
    }

    /** The defaults in code. */
    public static AlertSettings defaults() {
        return from(DyadwatchConfig.defaults());
    }

    /** The settings of a configuration. */
    public static AlertSettings from(DyadwatchConfig config) {
        return new AlertSettings(config.alertWindowDays(), config.alertBaselineDays(),
                config.alertPriorEventsPerDay(), config.alertPriorWeightDays(), config.alertDispersion(),
                config.alertMinEvents(), config.alertMinDays(),
                config.alertMinRateRatio(), config.alertMinScore(), config.alertMinHistoryDays(),
                config.alertEscalateFactor(), config.alertResolveScore(), config.alertResolveAfter(),
                config.alertEvidenceMax(), config.alertSurgeFactor());
    }

    /** The longest recent window. */
    public int longestWindow() {
        return windowDays.get(windowDays.size() - 1);
    }

    /** A copy with another minimum history. */
    public AlertSettings withMinHistoryDays(double days) {
        return new AlertSettings(windowDays, baselineDays, priorEventsPerDay, priorWeightDays, dispersion, minEvents,
                minDays, minRateRatio, minScore, days, escalateFactor, resolveScore, resolveAfter, evidenceMax,
                surgeFactor);
    }

    /** A copy with other recent windows (and at most as many days of contact required as the shortest has). */
    public AlertSettings withWindowDays(List<Integer> days) {
        int fewestDays = Math.min(minDays, days.stream().min(Integer::compare).orElse(minDays));
        return new AlertSettings(days, baselineDays, priorEventsPerDay, priorWeightDays, dispersion, minEvents,
                fewestDays, minRateRatio, minScore, minHistoryDays, escalateFactor, resolveScore, resolveAfter,
                evidenceMax, surgeFactor);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
