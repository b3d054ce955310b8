package dev.dyadwatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NegativeBinomialTest {

    @Test
    void shouldComputeLogGammaOfKnownValues() {
        assertThat(NegativeBinomial.logGamma(1.0)).isCloseTo(0.0, within(1e-12));
        assertThat(NegativeBinomial.logGamma(2.0)).isCloseTo(0.0, within(1e-12));
        assertThat(NegativeBinomial.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
        assertThat(NegativeBinomial.logGamma(10.0)).isCloseTo(Math.log(362_880.0), within(1e-11));
        assertThat(NegativeBinomial.logGamma(0.01)).isCloseTo(4.599479878042022, within(1e-11));
    }

    @Test
    void shouldMatchOneMinusTheSummedMassForModerateTails() {
        double r = 2.5;
        double p = 0.7;
        double cdf = 0;
        for (int k = 0; k < 4; k++) {
            cdf += Math.exp(NegativeBinomial.logPmf(k, r, p));
        }
        assertThat(NegativeBinomial.upperTail(4, r, p)).isCloseTo(1 - cdf, within(1e-12));
    }

    @Test
    void shouldApproachThePoissonTailWhenTheShapeIsLarge() {
        double r = 1e7;
        double lambda = 1.0;
        double p = r / (r + lambda);
        double poisson = 1 - Math.exp(-1) * (1 + 1 + 0.5);
        assertThat(NegativeBinomial.upperTail(3, r, p)).isCloseTo(poisson, within(1e-6));
    }

    @Test
    void shouldKeepPrecisionForTinyTails() {
        double tail = NegativeBinomial.upperTail(60, 3.0, 0.95);
        assertThat(tail).isPositive().isLessThan(1e-50);
        assertThat(NegativeBinomial.upperTail(61, 3.0, 0.95)).isLessThan(tail);
    }

    @Test
    void shouldBeOneForNothingObservedAndZeroWhenNoCountIsPossible() {
        assertThat(NegativeBinomial.upperTail(0, 1.0, 0.5)).isEqualTo(1.0);
        assertThat(NegativeBinomial.upperTail(1, 1.0, 1.0)).isEqualTo(0.0);
    }

    @Test
    void shouldRejectParametersOutsideTheDistribution() {
        assertThatThrownBy(() -> NegativeBinomial.upperTail(1, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NegativeBinomial.upperTail(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
