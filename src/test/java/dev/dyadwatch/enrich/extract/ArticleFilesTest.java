package dev.dyadwatch.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTextAndJsonLinesFromFoldersAndReportWhatItCannotRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "\nKhan calls Putin\n\nPrime Minister Imran Khan called Putin.\n");
        Files.writeString(dir.resolve("b.jsonl"), "{\"url\": \"https://example.test/1\", \"title\": \"Talks\", "
                + "\"text\": \"The ministers met.\", \"source\": \"Wire\", \"published_at\": \"2024-03-01T08:00:00Z\", "
                + "\"language\": \"eng\"}\n\nnot json\n{\"title\": \"No text\"}\n");
        Files.writeString(dir.resolve("c.pdf"), "%PDF");
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/d.txt"), "Hidden\nnot read");
        List<RawArticle> articles = new ArrayList<>();
        List<ArticleFiles.Failure> failures = new ArrayList<>();
        new ArticleFiles().read(List.of(dir, dir.resolve("missing.txt")), articles::add, failures::add);
        assertThat(articles).hasSize(2);
        RawArticle text = articles.get(0);
        assertThat(text.getTitle()).isEqualTo("Khan calls Putin");
        assertThat(text.getText()).isEqualTo("Prime Minister Imran Khan called Putin.");
        assertThat(text.getInputFormat()).isEqualTo(InputFormat.TEXT);
        assertThat(text.getPublishedAtSource()).isEqualTo(TimeSource.FETCH_TIME);
        RawArticle json = articles.get(1);
        assertThat(json.getPublishedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        assertThat(json.getLanguage()).isEqualTo("eng");
        assertThat(json.getOrigin()).endsWith("b.jsonl:1");
        assertThat(failures).extracting(ArticleFiles.Failure::origin).containsExactly(
                dir.resolve("b.jsonl") + ":3", dir.resolve("b.jsonl") + ":4", dir.resolve("c.pdf").toString(),
                dir.resolve("missing.txt").toString());
    }
}
