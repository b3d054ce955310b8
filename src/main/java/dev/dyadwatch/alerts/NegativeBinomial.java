package dev.dyadwatch.alerts;

/**
 * The negative binomial distribution in the Gamma-Poisson parametrisation: a Poisson count whose rate is
 * itself Gamma distributed. With shape {@code r} and success probability {@code p},
 * {@code P(N = k) = Γ(k + r) / (Γ(r) k!) · p^r · (1 - p)^k}, mean {@code r (1 - p) / p}.
 *
 * <p>The upper tail is summed term by term from {@code n} upwards (each term is the previous one times
 * {@code (k + r) / (k + 1) · (1 - p)}), so tiny tail probabilities keep their precision instead of being lost
 * in {@code 1 - cdf}.
 */
final class NegativeBinomial {

    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final int MAX_TERMS = 1_000_000;

    private NegativeBinomial() {
    }

    /** {@code P(N >= n)}; 1 for {@code n <= 0}. */
    static double upperTail(int n, double r, double p) {
        if (!(r > 0) || !(p > 0) || p > 1) {
            throw new IllegalArgumentException("negative binomial needs r > 0 and 0 < p <= 1, got r=" + r
                    + " p=" + p);
        }
        if (n <= 0) {
            return 1.0;
        }
        if (p == 1.0) {
            return 0.0;
        }
        double q = 1.0 - p;
        double term = Math.exp(logPmf(n, r, p));
        double sum = 0.0;
        for (int k = n; k < n + MAX_TERMS; k++) {
            sum += term;
            double ratio = (k + r) / (k + 1.0) * q;
            // Once the ratio is below one the rest is bounded by a geometric series: stop when it cannot matter.
            if (ratio < 1.0 && term * ratio / (1.0 - ratio) < sum * 1e-15) {
                break;
            }
            term *= ratio;
            if (term == 0.0) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    static double logPmf(int k, double r, double p) {
        return logGamma(k + r) - logGamma(r) - logGamma(k + 1.0) + r * Math.log(p) + k * Math.log1p(-p);
    }

    /**
     * ln Γ(x) for x > 0: Stirling's series with four correction terms, after shifting x above 10 with
     * Γ(x) = Γ(x + 1) / x; the absolute error is below 1e-12.
     */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        // One logarithm of the product rather than a sum of logarithms: less rounding.
        double product = 1.0;
        while (x < 10.0) {
            product *= x;
            x += 1.0;
        }
        double shift = Math.log(product);
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return (x - 0.5) * Math.log(x) - x + LOG_SQRT_TWO_PI + series - shift;
    }
}
