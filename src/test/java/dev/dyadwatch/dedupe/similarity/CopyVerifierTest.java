package dev.dyadwatch.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CopyVerifierTest {

    private final CopyVerifier verifier = new CopyVerifier(new DuplicateRule(0.7));

    @Test
    void shouldTakeIdenticalFingerprintsForTheSameText() {
        Sketch empty = new Sketch(new byte[4], 0);
        CopyCheck check = verifier.check(7L, empty, 7L, empty);
        assertThat(check.copy()).isTrue();
        assertThat(check.sameText()).isTrue();
        assertThat(check.similarity()).isEqualTo(Similarity.IDENTICAL);
    }

    @Test
    void shouldNeedContainmentTheJaccardFloorAndAgreeingNumbers() {
        DuplicateRule rule = new DuplicateRule(0.7);
        assertThat(rule.isCopy(new Similarity(0.45, 0.95))).isTrue();
        assertThat(rule.isCopy(new Similarity(0.45, 0.6))).isFalse();
        assertThat(rule.isCopy(new Similarity(0.15, 1.0))).isFalse();
        assertThat(rule.isCopy(new Similarity(0.6, 0.9, 2, 1))).as("one number of two may differ").isTrue();
        assertThat(rule.isCopy(new Similarity(0.6, 0.9, 1, 1))).as("a single number must match").isFalse();
        assertThat(rule.isCopy(new Similarity(0.6, 0.9, 2, 2))).isFalse();
        assertThat(rule.isCopy(new Similarity(0.6, 0.9, 12, 3))).isTrue();
        assertThat(rule.isCopy(new Similarity(0.6, 0.9, 12, 4))).isFalse();
    }

    @Test
    void shouldKeepApartReportsWrittenFromOneTemplateWithOtherFigures() {
        ArticleSigner signer = new ArticleSigner(SignatureScheme.DEFAULT);
        String template = "Report number %d from the wire: officials of two countries met on day %d and discussed "
                + "trade, energy and a visit planned for later in the year. Item %d";
        ArticleSignature five = signer.sign(String.format(template, 5, 5, 5 * 7919), "five");
        ArticleSignature six = signer.sign(String.format(template, 6, 6, 6 * 7919), "six");
        ArticleSignature fiveAgain = signer.sign(String.format(template, 5, 5, 5 * 7919) + " Share this.", "again");
        assertThat(five.sketch().numbersShared(six.sketch())).isZero();
        assertThat(verifier.check(five, six).copy()).isFalse();
        assertThat(verifier.check(five, fiveAgain).copy()).isTrue();
    }

    @Test
    void shouldNotJudgeWithoutASharedBand() {
        Sketch sketch = new Sketch(new byte[] {1, 2, 3, 4}, 10);
        ArticleSignature one = new ArticleSignature(new long[] {1, 2}, sketch, 10L);
        ArticleSignature other = new ArticleSignature(new long[] {3, 4}, sketch, 11L);
        assertThat(verifier.check(one, other).copy()).isFalse();
        assertThat(verifier.check(one, new ArticleSignature(new long[] {3, 2}, sketch, 11L)).copy()).isTrue();
    }

    @Test
    void shouldRejectAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> new DuplicateRule(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateRule(1.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
