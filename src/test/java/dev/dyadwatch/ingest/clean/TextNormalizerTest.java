package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldTurnTypographicQuotesIntoAsciiQuotes() {
        assertThat(TextNormalizer.normalizeLine("\u201CWe agreed,\u201D Khan\u2019s aide said."))
                .isEqualTo("\"We agreed,\" Khan's aide said.");
    }

    @Test
    void shouldDecodeEntitiesLeftByScrapers() {
        assertThat(TextNormalizer.normalizeLine("Trade &amp; energy: Khan&#8217;s visit&nbsp;ends"))
                .isEqualTo("Trade & energy: Khan's visit ends");
    }

    @Test
    void shouldComposeDecomposedCharactersToNfc() {
        String decomposed = "Mosco\u0301w Caf\u0065\u0301";
        assertThat(TextNormalizer.normalizeLine(decomposed)).isEqualTo("Mosc\u00f3w Caf\u00e9");
    }

    @Test
    void shouldFoldEveryKindOfSpaceAndDropInvisibleCharacters() {
        assertThat(TextNormalizer.normalizeLine("  Islamabad\u00a0and\u2009Moscow\tsigned\u200b a\u00adgreement  "))
                .isEqualTo("Islamabad and Moscow signed agreement");
    }

    @Test
    void shouldKeepLineBreaksInTextButNotInLines() {
        assertThat(TextNormalizer.normalizeText("First line  \r\nSecond\u00a0line"))
                .isEqualTo("First line\nSecond line");
        assertThat(TextNormalizer.normalizeLine("First line\nSecond line")).isEqualTo("First line Second line");
    }

    @Test
    void shouldDropControlCharacters() {
        assertThat(TextNormalizer.normalizeLine("talks\u0007 resumed\u0000")).isEqualTo("talks resumed");
    }
}
