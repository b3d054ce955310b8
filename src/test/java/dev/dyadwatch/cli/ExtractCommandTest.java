package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.ingest.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ExtractCommandTest {

    private static final String CALL = "Russian President Vladimir Putin held a telephone conversation on Monday "
            + "with Prime Minister Imran Khan, the Kremlin said in a statement released in the evening.";
    private static final String INTERVIEW = "Khan told CNN in an interview that Pakistan wanted peace and stability "
            + "in the region, and that trade with its neighbours would grow in the coming years.";
    private static final String VISIT = "Pakistan's Foreign Minister Ishaq Dar arrived in Beijing on Tuesday for "
            + "three days of talks with Chinese Foreign Minister Wang Yi on trade and the economic corridor.";
    private static final String VISIT_MORE = "The two ministers are expected to review the progress of the projects "
            + "under way and to discuss the security of Chinese workers, officials in Islamabad said.";

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();

    private Path writeJsonLines() throws IOException {
        Path file = dir.resolve("calls.jsonl");
        Files.writeString(file, "{\"title\": \"Putin, Khan discuss Afghanistan\", \"text\": \"" + CALL + "\\n\\n"
                + INTERVIEW + "\", \"source\": \"Capital Wire\", \"published_at\": \"2022-01-04T09:10:00Z\", "
                + "\"url\": \"https://example.test/a\"}\n");
        return file;
    }

    private List<JsonNode> printed() throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        for (String line : command.out().split("\n")) {
            if (!line.isBlank()) {
                articles.add(new ObjectMapper().readTree(line));
            }
        }
        return articles;
    }

    @Test
    void shouldPrintOneJsonObjectPerArticleWithActorsAndContacts() throws IOException {
        int code = command.run("extract", "--json", writeJsonLines().toString());
        assertThat(code).isZero();
        JsonNode article = printed().get(0);
        assertThat(article.get("id").asText()).isNotBlank();
        assertThat(article.get("title").asText()).isEqualTo("Putin, Khan discuss Afghanistan");
        assertThat(article.get("actors").findValuesAsText("id")).contains("RUS.vladimir-putin", "PAK.imran-khan");
        assertThat(article.get("contacts")).hasSize(1);
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
        assertThat(command.err()).contains("1 articles, 1 contacts, 0 inputs failed");
    }

    @Test
    void shouldExplainTriggersAndRejectedCandidates() throws IOException {
        command.run("extract", "--json", "--explain", writeJsonLines().toString());
        JsonNode article = printed().get(0);
        assertThat(article.get("contacts").get(0).get("why").get(0).asText())
                .isEqualTo("triggered by 'telephone conversation'");
        assertThat(article.has("rejected")).isTrue();
    }

    @Test
    void shouldCodeEveryIngestFormatInAFolderAndFromTheWeb() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scraped"));
        Files.writeString(folder.resolve("a-call.txt"), "Putin, Khan discuss Afghanistan\nSource: Capital Wire\n"
                + "Published: January 4, 2022\n\n" + CALL + "\n\n" + INTERVIEW + "\n");
        Files.writeString(folder.resolve("b-visit.html"), page("Dar arrives in Beijing", "2023-05-09T08:00:00Z"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve("c-export.jsonl.gz")))) {
            gz.write(Files.readAllBytes(writeJsonLines()));
        }
        writeCrawl(folder.resolve("d-crawl.warc.gz"));
        try (TestServer server = new TestServer()) {
            server.page("/world/dar-in-beijing.html", "text/html; charset=utf-8",
                    page("Dar in Beijing for talks", "2023-05-09T10:00:00Z"));
            int code = command.run("extract", "--json", folder.toString(), server.url("/world/dar-in-beijing.html"));
            assertThat(code).isZero();
        }
        List<JsonNode> articles = printed();
        assertThat(articles).extracting(a -> a.get("title").asText()).containsExactly(
                "Putin, Khan discuss Afghanistan", "Dar arrives in Beijing", "Putin, Khan discuss Afghanistan",
                "Dar talks in Beijing", "Dar in Beijing for talks");
        for (JsonNode article : articles) {
            List<String> dyads = article.get("contacts").findValuesAsText("dyad");
            assertThat(dyads).as(article.get("title").asText()).isNotEmpty()
                    .allMatch(d -> d.equals("PAK-RUS") || d.equals("CHN-PAK"));
        }
        assertThat(command.err()).contains("5 articles", "0 inputs failed");
    }

    @Test
    void shouldCodeWhatItCanListEachFailureAndExitWithOne() throws IOException {
        Path bad = dir.resolve("export.jsonl");
        Files.writeString(bad, Files.readString(writeJsonLines()) + "not json at all\n");
        int code = command.run("extract", "--explain", bad.toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(command.out()).contains("== Putin, Khan discuss Afghanistan", "PAK-RUS 041 TELEPHONE",
                "why: triggered by 'telephone conversation'");
        assertThat(command.err()).contains("FAILED " + bad + ":2", "FAILED " + dir.resolve("missing.txt"),
                "1 articles, 1 contacts, 2 inputs failed");
    }

    @Test
    void shouldListTheFirstFailuresAndCountTheRest() throws IOException {
        Path bad = dir.resolve("not-articles.jsonl");
        Files.writeString(bad, "[1]\n".repeat(ExtractCommand.LISTED_FAILURES + 5));
        assertThat(command.run("extract", bad.toString())).isEqualTo(1);
        assertThat(command.err().lines().filter(l -> l.contains("FAILED"))).hasSize(ExtractCommand.LISTED_FAILURES);
        assertThat(command.err()).contains("... and 5 more failures", "0 articles, 0 contacts, 205 inputs failed");
    }

    private static String page(String title, String published) {
        return "<html><head><title>" + title + " - Example News</title>"
                + "<meta property=\"article:published_time\" content=\"" + published + "\">"
                + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><nav>Home | World</nav>"
                + "<article><h1>" + title + "</h1><p>" + VISIT + "</p><p>" + VISIT_MORE + "</p></article>"
                + "<footer>Leave a Reply</footer></body></html>";
    }

    private static void writeCrawl(Path file) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                    page("Dar talks in Beijing", "2023-05-09T12:00:00Z").getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://news.example.org/dar-talks"))
                    .date(Instant.parse("2023-05-10T00:00:00Z")).body(http).build());
        }
    }
}
