package dev.dyadwatch.dedupe.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.dedupe.similarity.DuplicateRule;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The quality targets of near-duplicate detection on the labelled pairs, as floors. */
class DedupeQualityTest {

    private final LabelledPairs pairs = LabelledPairs.load();

    @Test
    void shouldHaveAtLeastSixtyLabelledPairsOfBothKinds() {
        assertThat(pairs.pairs()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(pairs.pairs().stream().filter(LabelledPairs.Pair::copy).count()).isGreaterThanOrEqualTo(30);
        assertThat(pairs.pairs().stream().filter(p -> !p.copy()).count()).isGreaterThanOrEqualTo(30);
        assertThat(pairs.pairs().stream().map(LabelledPairs.Pair::category).collect(Collectors.toSet()))
                .contains("headline", "boilerplate", "trimmed", "added", "dateline", "reordered", "same-event",
                        "same-call", "follow-up", "quotation");
    }

    @Test
    void shouldReachThePrecisionAndRecallTargetsWithTheDefaultThreshold() {
        PairEvaluation.Result result = PairEvaluation.evaluate(pairs, SignatureScheme.DEFAULT,
                new DuplicateRule(DuplicateRule.DEFAULT_THRESHOLD));
        assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldNeverTakeTwoReportsOfOneEventForCopies() {
        PairEvaluation.Result result = PairEvaluation.evaluate(pairs, SignatureScheme.DEFAULT,
                new DuplicateRule(DuplicateRule.DEFAULT_THRESHOLD));
        assertThat(result.judged())
                .filteredOn(j -> j.pair().category().equals("same-event") || j.pair().category().equals("same-call"))
                .allSatisfy(j -> assertThat(j.check().copy()).as(j.pair().left().name() + " / "
                        + j.pair().right().name()).isFalse());
    }
}
