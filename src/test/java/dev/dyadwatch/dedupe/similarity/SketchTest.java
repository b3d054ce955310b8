package dev.dyadwatch.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SketchTest {

    private final ArticleSigner signer = new ArticleSigner(SignatureScheme.DEFAULT);

    private static String paragraphs(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int p = from; p < to; p++) {
            text.append("Paragraph ").append(p).append(" reports that delegation ").append(p * 7)
                    .append(" met officials in city ").append(p * 13).append(" to discuss topic ").append(p * 31)
                    .append(" and agreed on item ").append(p * 17).append(" before leaving on day ")
                    .append(p * 3).append(".\n\n");
        }
        return text.toString();
    }

    private Similarity compare(String one, String other) {
        return signer.sign(one, "a").sketch().compare(signer.sign(other, "b").sketch());
    }

    @Test
    void shouldScoreIdenticalTextsAsIdentical() {
        Similarity same = compare(paragraphs(0, 10), paragraphs(0, 10));
        assertThat(same.jaccard()).isEqualTo(1.0);
        assertThat(same.containment()).isEqualTo(1.0);
    }

    @Test
    void shouldScoreATrimmedCopyAsContainedInItsSource() {
        Similarity trimmed = compare(paragraphs(0, 10), paragraphs(0, 5));
        assertThat(trimmed.jaccard()).isCloseTo(0.5, within(0.1));
        assertThat(trimmed.containment()).isGreaterThan(0.85);
    }

    @Test
    void shouldScoreUnrelatedTextsNearZero() {
        Similarity unrelated = compare(paragraphs(0, 10), paragraphs(100, 110));
        assertThat(unrelated.jaccard()).isLessThan(0.05);
        assertThat(unrelated.containment()).isLessThan(0.1);
    }

    @Test
    void shouldNotCompareAnEmptyText() {
        assertThat(compare(paragraphs(0, 3), "...")).isEqualTo(Similarity.NONE);
    }

    @Test
    void shouldEqualAnotherSketchOfTheSameBinsAndCount() {
        assertThat(new Sketch(new byte[] {1, 2}, 5)).isEqualTo(new Sketch(new byte[] {1, 2}, 5))
                .hasSameHashCodeAs(new Sketch(new byte[] {1, 2}, 5))
                .isNotEqualTo(new Sketch(new byte[] {1, 2}, 6));
    }
}
