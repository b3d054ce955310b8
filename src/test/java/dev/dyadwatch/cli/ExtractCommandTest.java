package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    private Path writeArticle() throws IOException {
        Path file = dir.resolve("calls.jsonl");
        Files.writeString(file, "{\"title\": \"Putin, Khan discuss Afghanistan\", \"text\": \"Russian President "
                + "Vladimir Putin held a telephone conversation on Monday with Prime Minister Imran Khan. Khan told "
                + "CNN in an interview that Pakistan wanted peace.\", \"source\": \"Capital Wire\", "
                + "\"published_at\": \"2022-01-04T09:10:00Z\", \"url\": \"https://example.test/a\"}\n");
        return file;
    }

    @Test
    void shouldPrintOneJsonObjectPerArticleWithActorsAndContacts() throws IOException {
        int code = run("extract", "--json", writeArticle().toString());
        assertThat(code).isZero();
        JsonNode article = new ObjectMapper().readTree(out.toString().strip());
        assertThat(article.get("id").asText()).isNotBlank();
        assertThat(article.get("title").asText()).isEqualTo("Putin, Khan discuss Afghanistan");
        assertThat(article.get("actors").findValuesAsText("id")).contains("RUS.vladimir-putin", "PAK.imran-khan");
        JsonNode contact = article.get("contacts").get(0);
        assertThat(contact.get("dyad").asText()).isEqualTo("PAK-RUS");
        assertThat(contact.get("cameo").asText()).isEqualTo("041");
        assertThat(contact.get("plover").asText()).isEqualTo("CONSULT/phone");
        assertThat(contact.get("status").asText()).isEqualTo("OCCURRED");
        assertThat(contact.get("actorA").get("country").asText()).isEqualTo("RUS");
        assertThat(contact.get("actorB").get("role").asText()).isEqualTo("HEAD_OF_GOVERNMENT");
        assertThat(contact.get("eventDate").asText()).isEqualTo("2022-01-03");
        assertThat(contact.get("sentence").asText()).startsWith("Russian President Vladimir Putin held");
        assertThat(contact.has("why")).isFalse();
        assertThat(err.toString()).contains("1 articles, 1 contacts");
    }

    @Test
    void shouldExplainTriggersAndRejectedCandidates() throws IOException {
        run("extract", "--json", "--explain", writeArticle().toString());
        JsonNode article = new ObjectMapper().readTree(out.toString().strip());
        assertThat(article.get("contacts").get(0).get("why").get(0).asText())
                .isEqualTo("triggered by 'telephone conversation'");
        assertThat(article.has("rejected")).isTrue();
    }

    @Test
    void shouldPrintReadableTextByDefaultAndReportUnreadableInputs() throws IOException {
        Path bad = dir.resolve("notes.pdf");
        Files.writeString(bad, "%PDF");
        int code = run("extract", "--explain", writeArticle().toString(), bad.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("== Putin, Khan discuss Afghanistan", "PAK-RUS 041 TELEPHONE",
                "why: triggered by 'telephone conversation'");
        assertThat(err.toString()).contains(bad + ": not a .txt or .jsonl file");
    }

    @Test
    void shouldFailWhenNothingCouldBeRead() {
        assertThat(run("extract", dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file or folder");
    }
}
