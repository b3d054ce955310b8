package dev.dyadwatch.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.DictionarySource;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.ingest.ArticleInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusEvaluationTest {

    private static final String CALL = "Russian President Vladimir Putin held a telephone conversation on Monday with "
            + "Prime Minister Shehbaz Sharif, the Kremlin said in a statement released in the evening.";
    private static final String INTERVIEW = "Foreign Minister Sergey Lavrov told a Pakistani newspaper in an "
            + "interview that Moscow valued its ties with Islamabad and wanted trade to grow.";
    private static final String FRENCH = "Le président russe a parlé au téléphone avec le Premier ministre pakistanais "
            + "lundi, selon un communiqué publié dans la soirée par le Kremlin à Moscou.";

    @TempDir
    Path dir;

    private final EnrichResources resources = EnrichResources.shared(DictionarySource.BUNDLED);

    private static String contact(String type, String cameo, String textDate, String granularity, String also) {
        return "{\"event\": \"e1\", \"dyad\": \"PAK-RUS\", \"cameo\": \"" + cameo + "\", \"type\": \"" + type
                + "\", \"status\": \"OCCURRED\", \"date\": \"2025-05-05\", \"textDate\": \"" + textDate
                + "\", \"granularity\": \"" + granularity + "\", \"multilateral\": false, "
                + "\"actorA\": {\"id\": \"RUS.vladimir-putin\", \"name\": \"Vladimir Putin\", \"country\": \"RUS\"}, "
                + "\"actorB\": {\"id\": \"PAK.shehbaz-sharif\", \"name\": \"Shehbaz Sharif\", \"country\": \"PAK\"}, "
                + "\"alsoAcceptable\": [" + also + "], \"sentence\": \"...\"}";
    }

    private void writeCorpus() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/call.txt"), "Putin and Sharif speak by phone\nSource: Example Wire\n"
                + "Published: May 6, 2025\n\n" + CALL + "\n\n" + INTERVIEW + "\n");
        Files.writeString(dir.resolve("export.jsonl"), "{\"url\": \"https://wire.example/fr\", \"title\": \"Appel "
                + "entre Moscou et Islamabad\", \"text\": \"" + FRENCH + "\", \"source\": \"Exemple\", "
                + "\"published_at\": \"2025-05-06T08:00:00+02:00\", \"language\": \"fr\"}\n"
                + "{\"url\": \"https://wire.example/call\", \"title\": \"A call\", \"text\": \"" + CALL + "\", "
                + "\"source\": \"Example Wire\", \"published_at\": \"2025-05-06T08:00:00Z\"}\n");
        Files.writeString(dir.resolve(CorpusTruth.FILE_NAME), "{\"format\": \"dyadwatch-sample-truth/1\", "
                + "\"articles\": [{\"id\": \"a1\", \"file\": \"text/call.txt\", \"line\": null, \"url\": null, "
                + "\"coded\": true, \"contacts\": [" + contact("TELEPHONE", "041", "2025-05-05", "DAY", "") + ", "
                + contact("VISIT", "042", "null", "UNKNOWN", "\"040\"") + "], \"distractors\": [{\"kind\": "
                + "\"interview\", \"dyad\": \"PAK-RUS\", \"sentence\": \"" + INTERVIEW + "\"}]}, "
                + "{\"id\": \"a2\", \"file\": \"export.jsonl\", \"line\": 1, \"coded\": false, \"contacts\": [], "
                + "\"distractors\": []}, {\"id\": \"a3\", "
                + "\"file\": \"export.jsonl\", \"line\": 2, \"coded\": true, \"contacts\": [], \"distractors\": "
                + "[{\"kind\": \"statement\", \"dyad\": \"PAK-RUS\", \"sentence\": \"" + CALL + "\"}]}]}");
    }

    @Test
    void shouldReadTheCorpusAsIngestDoesAndScoreItAgainstItsTruth() throws IOException {
        writeCorpus();
        CorpusEvaluation.Report report = new CorpusEvaluation(resources.newCoder(CodingLimits.DEFAULT))
                .evaluate(dir, ArticleInputs.builder().parallelism(1).build());
        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.languageRight()).isEqualTo(3);
        assertThat(report.contacts()).isEqualTo(new Score(1, 1, 1));
        assertThat(report.datesCompared()).isEqualTo(1);
        assertThat(report.datesMatched()).isEqualTo(1);
        assertThat(report.peopleMatched()).isEqualTo(2);
        assertThat(report.distractors()).isEqualTo(2);
        assertThat(report.distractorsTaken()).isEqualTo(1);
        assertThat(report.mistakes()).containsExactly("a1: missed contact PAK-RUS VISIT OCCURRED",
                "a3: extra contact PAK-RUS TELEPHONE OCCURRED",
                "a3: took the statement distractor PAK-RUS for a contact");
    }

    @Test
    void shouldRefuseATruthOfAnotherFormat() throws IOException {
        Files.writeString(dir.resolve(CorpusTruth.FILE_NAME), "{\"format\": \"dyadwatch-generator-truth/1\"}");
        assertThatThrownBy(() -> CorpusTruth.read(dir)).hasMessageContaining("expected 'dyadwatch-sample-truth/1'");
    }
}
