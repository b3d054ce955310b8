package dev.dyadwatch.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.eval.GoldSet;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

class EndOfSentenceScanTest {

    private static final Path GOLD = Path.of("src/test/resources/dev/dyadwatch/enrich/gold");

    private final SentenceDetectorME stock = new SentenceDetectorME(TextModels.sentences());
    private final SentenceDetectorME scanned = new SentenceDetectorME(TextModels.sentencesForDetection());

    @Test
    void shouldSplitEveryGoldArticleExactlyAsOpenNlpsOwnScanner() {
        List<GoldSet.Entry> articles = GoldSet.read(GOLD);
        assertThat(articles).hasSizeGreaterThan(100);
        for (GoldSet.Entry entry : articles) {
            String text = String.join("\n\n", entry.article().paragraphs());
            assertThat(scanned.sentPosDetect(text)).as(entry.file().toString())
                    .containsExactly(stock.sentPosDetect(text));
        }
    }

    @Test
    void shouldSplitAwkwardTextExactlyAsOpenNlpsOwnScanner() {
        String text = "Is it?! Yes... \u201cNo.\u201d Dr. \u00C9lys\u00E9e said: \u3002 \"Really?\" 3.5 per cent. "
                + "Done!!! \u0661. Ends without a stop";
        assertThat(scanned.sentPosDetect(text)).containsExactly(stock.sentPosDetect(text));
        assertThat(scanned.sentPosDetect("")).containsExactly(stock.sentPosDetect(""));
    }

    @Test
    void shouldFindTheModelsEndCharactersAndNoOthers() {
        char[] enders = TextModels.sentences().getFactory().getEOSCharacters();
        EndOfSentenceScan scan = new EndOfSentenceScan(enders);
        assertThat(scan.getEOSCharacters()).hasSize(enders.length);
        assertThat(scan.getPositions("a. b? c! d, e")).containsExactly(1, 4, 7);
        assertThat(scan.getPositions("a. b".toCharArray())).containsExactly(1);
        assertThat(scan.getPositions(new StringBuffer("x.y."))).containsExactly(1, 3);
        assertThat(TextModels.sentencesForDetection().getFactory().getEndOfSentenceScanner())
                .isInstanceOf(EndOfSentenceScan.class);
    }
}
