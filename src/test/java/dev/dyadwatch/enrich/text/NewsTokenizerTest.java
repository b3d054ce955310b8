package dev.dyadwatch.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

    @Test
    void shouldSplitHyphenatedPairsAndPossessives() {
        assertThat(NewsTokenizer.INSTANCE.tokenize("Pak-Russia ties and Putin’s visit"))
                .containsExactly("Pak", "-", "Russia", "ties", "and", "Putin", "’s", "visit");
    }

    @Test
    void shouldKeepNumbersWordsWithApostrophesAndAccentsWhole() {
        assertThat(NewsTokenizer.INSTANCE.tokenize("$10.5 billion, 1,000 troops; Xi'an didn't host Erdoğan."))
                .containsExactly("$", "10.5", "billion", ",", "1,000", "troops", ";", "Xi'an", "didn't", "host",
                        "Erdoğan", ".");
    }

    @Test
    void shouldGiveOffsetsIntoTheText() {
        String text = "  U.S. envoy";
        var spans = NewsTokenizer.INSTANCE.tokenizePos(text);
        assertThat(spans).hasSize(5);
        assertThat(spans[4].getCoveredText(text).toString()).isEqualTo("envoy");
        assertThat(spans[0].getStart()).isEqualTo(2);
    }
}
