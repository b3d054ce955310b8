package dev.dyadwatch.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LshBandsTest {

    @Test
    void shouldGiveEqualSignaturesEqualKeysAndOneChangedBinOneChangedKey() {
        LshBands bands = new LshBands(4, 2);
        long[] signature = {1, 2, 3, 4, 5, 6, 7, 8};
        long[] changed = signature.clone();
        changed[5] = 99;
        long[] keys = bands.keys(signature);
        long[] changedKeys = bands.keys(changed);
        assertThat(keys).containsExactly(bands.keys(signature.clone()));
        assertThat(changedKeys[0]).isEqualTo(keys[0]);
        assertThat(changedKeys[1]).isEqualTo(keys[1]);
        assertThat(changedKeys[2]).isNotEqualTo(keys[2]);
        assertThat(changedKeys[3]).isEqualTo(keys[3]);
    }

    @Test
    void shouldKeepEqualBinsInDifferentBandsApart() {
        long[] keys = new LshBands(2, 2).keys(new long[] {5, 5, 5, 5});
        assertThat(keys[0]).isNotEqualTo(keys[1]);
    }

    @Test
    void shouldMakeTheDefaultSchemeFindCopiesTrimmedToHalfAndRarelyUnrelatedArticles() {
        SignatureScheme scheme = SignatureScheme.DEFAULT;
        LshBands bands = new LshBands(scheme.bands(), scheme.rows());
        assertThat(bands.candidateProbability(0.4)).isGreaterThan(0.93);
        assertThat(bands.candidateProbability(0.5)).isGreaterThan(0.98);
        assertThat(bands.candidateProbability(0.05)).isLessThan(0.04);
        assertThat(bands.candidateProbability(1.0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldRejectEmptyBands() {
        assertThatThrownBy(() -> new LshBands(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
