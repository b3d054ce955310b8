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
        String wrapped = "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by\n"
                + "telephone on Tuesday, the foreign office said in a statement issued\n"
                + "late in the evening.\n"
                + "Share this:";
        assertThat(PlainTextBlocks.split(wrapped)).extracting(TextBlock::text).containsExactly(
                "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by telephone on Tuesday, the "
                        + "foreign office said in a statement issued late in the evening.",
                "Share this:");
    }

    @Test
    void shouldNotJoinShortMenuLines() {
        assertThat(PlainTextBlocks.split("Home\nWorld\nAsia")).hasSize(3);
    }
}
