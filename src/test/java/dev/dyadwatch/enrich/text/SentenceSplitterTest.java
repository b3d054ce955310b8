package dev.dyadwatch.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.CodingLimits;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void shouldNotSplitAfterNewsAbbreviations() {
        SentenceSplitter splitter = new SentenceSplitter(TokenizerKind.NEWS, CodingLimits.DEFAULT);
        String text = "On Feb. 20 Gen. Bajwa met Lt. Gen. Fomin. The talks ended at 5 p.m. Tuesday. They left.";
        assertThat(splitter.split(text, 0).sentences()).extracting(Sentence::text).containsExactly(
                "On Feb. 20 Gen. Bajwa met Lt. Gen. Fomin.", "The talks ended at 5 p.m. Tuesday.", "They left.");
    }

    @Test
    void shouldJoinACountrysInitialsLeftAloneToTheSentenceTheyOpen() {
        SentenceSplitter splitter = new SentenceSplitter(TokenizerKind.NEWS, CodingLimits.DEFAULT);
        String text = "Lavrov met Fidan in Antalya. U.S. President Donald Trump welcomed the talks. They left.";
        assertThat(splitter.split(text, 0).sentences()).extracting(Sentence::text).containsExactly(
                "Lavrov met Fidan in Antalya.", "U.S. President Donald Trump welcomed the talks.", "They left.");
        // Control: a sentence that ends on the initials stays apart from the next.
        String end = "Lavrov said the sanctions came from the U.S. and Britain. Trump welcomed the talks.";
        assertThat(splitter.split(end, 0).sentences()).extracting(Sentence::text).containsExactly(
                "Lavrov said the sanctions came from the U.S. and Britain.", "Trump welcomed the talks.");
    }

    @Test
    void shouldCutSentencesAndTextAtTheLimits() {
        SentenceSplitter splitter = new SentenceSplitter(TokenizerKind.NEWS, new CodingLimits(1_000, 3, 40));
        String text = "One short sentence. " + "A very long sentence that goes on and on ".repeat(3) + ". Three. "
                + "Four. Five. " + "x".repeat(2_000);
        SentenceSplitter.Split split = splitter.split(text, 0);
        assertThat(split.sentences()).hasSize(3);
        assertThat(split.sentences().get(1).truncated()).isTrue();
        assertThat(split.sentences().get(1).text().length()).isLessThanOrEqualTo(40);
        assertThat(split.charsIgnored()).isEqualTo(text.length() - 1_000);
        assertThat(split.sentencesDropped()).isPositive();
    }
}
