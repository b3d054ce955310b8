package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextBlocksTest {

    @Test
    void shouldTreatEachLineAsAParagraph() {
        assertThat(PlainTextBlocks.split("Title\n\nFirst paragraph.\nSecond paragraph.\n\n\nThird."))
                .extracting(TextBlock::text)
                .containsExactly("Title", "First paragraph.", "Second paragraph.", "Third.");
    }

    @Test
    void shouldRejoinLinesHardWrappedMidSentence() {
        String wrapped = "Sharif and Putin talk energy\n\n"
                + "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by\n"
                + "Telephone on Tuesday, the foreign office said in a statement issued\n"
                + "late in the evening.\n\n"
                + "The two leaders agreed to expand cooperation in energy and trade,\n"
                + "Officials said, and to meet in Moscow later this year to sign a\n"
                + "framework agreement.\n\n"
                + "Share this:";
        assertThat(PlainTextBlocks.split(wrapped)).extracting(TextBlock::text).containsExactly(
                "Sharif and Putin talk energy",
                "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by Telephone on Tuesday, the "
                        + "foreign office said in a statement issued late in the evening.",
                "The two leaders agreed to expand cooperation in energy and trade, Officials said, and to meet in "
                        + "Moscow later this year to sign a framework agreement.",
                "Share this:");
    }

    @Test
    void shouldNotJoinHeaderLinesOfTextThatIsNotWrapped() {
        String text = "Sharif, Putin discuss energy cooperation\n"
                + "URL: https://www.example.org/news/sharif-putin-discuss-energy-cooperation\n"
                + "Source: The Example Post\n\n"
                + "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by telephone on Tuesday, the "
                + "foreign office said in a statement.\n";
        assertThat(PlainTextBlocks.split(text)).hasSize(4);
    }

    @Test
    void shouldNotJoinShortMenuLines() {
        assertThat(PlainTextBlocks.split("Home\nWorld\nAsia")).hasSize(3);
    }
}
