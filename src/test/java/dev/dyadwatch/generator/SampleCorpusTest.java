package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CODES = Set.of("040", "041", "042", "043", "044", "046", "036", "057", "062");
    private static final Set<String> STATUSES = Set.of("OCCURRED", "PLANNED", "NEGATED", "HISTORICAL");
    private static final Set<String> GRANULARITIES = Set.of("DAY", "WEEK", "MONTH", "YEAR", "PUBLICATION", "UNKNOWN");
    private static final LocalDate FIRST = LocalDate.of(2025, 2, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 5, 31);

    private static JsonNode truth;
    private static final List<JsonNode> ARTICLES = new ArrayList<>();
    private static final Map<String, JsonNode> BY_ID = new HashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void readTruth() throws IOException {
        try (InputStream in = SampleCorpus.open(SampleCorpus.GROUND_TRUTH)) {
            truth = JSON.readTree(in);
        }
        truth.get("articles").forEach(article -> {
            ARTICLES.add(article);
            BY_ID.put(article.get("id").asText(), article);
        });
    }

    private static String read(String name) {
        try (InputStream in = SampleCorpus.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text an article carries: the whole text file, the page's body text, or the JSON line's text. */
    private static String textOf(JsonNode article) {
        String content = read(article.get("file").asText());
        return switch (article.get("format").asText()) {
            case "HTML" -> Jsoup.parse(content).body().text();
            case "JSONL" -> jsonLine(article).get("text").asText();
            default -> content;
        };
    }

    /** The main text only: what near-duplicate detection compares. */
    private static String mainTextOf(JsonNode article) {
        if (article.get("format").asText().equals("HTML")) {
            return Jsoup.parse(read(article.get("file").asText())).select(".entry-content").text();
        }
        return textOf(article);
    }

    private static JsonNode jsonLine(JsonNode article) {
        String line = read(article.get("file").asText()).split("\n")[article.get("line").asInt() - 1];
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldListEveryCorpusFileInTheManifest() throws IOException, URISyntaxException {
        Path folder = Path.of(SampleCorpus.class.getResource(SampleCorpus.RESOURCE_DIR).toURI());
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/")).forEach(present::add);
        }
        assertThat(new TreeSet<>(SampleCorpus.files())).isEqualTo(present);
    }

    @Test
    void shouldCopyTheCorpusOutOfTheClasspath() throws IOException {
        Path out = SampleCorpus.copyTo(dir.resolve("sample"));
        for (String name : SampleCorpus.files()) {
            assertThat(out.resolve(name)).isRegularFile();
            assertThat(Files.size(out.resolve(name))).isPositive();
        }
        assertThat(out.resolve(SampleCorpus.GROUND_TRUTH)).isRegularFile();
    }

    @Test
    void shouldParseEveryFileAsIngestReadsIt() throws IOException {
        for (String name : SampleCorpus.files()) {
            String content = read(name);
            if (name.endsWith(".html")) {
                Document page = Jsoup.parse(content);
                assertThat(page.title()).as(name).isNotBlank();
                assertThat(page.select("link[rel=canonical]").attr("href")).as(name).startsWith("https://")
                        .contains(".example/");
                assertThat(page.select("meta[property=og:site_name]").attr("content")).as(name).isNotBlank();
                OffsetDateTime.parse(page.select("meta[property=article:published_time]").attr("content"));
                assertThat(page.select(".entry-content p")).as(name).hasSizeGreaterThanOrEqualTo(4);
            } else if (name.endsWith(".txt")) {
                List<String> lines = content.lines().toList();
                assertThat(lines.get(0)).as(name).isNotBlank();
                assertThat(lines.subList(1, 5)).as(name).anyMatch(line -> line.startsWith("Source: "))
                        .anyMatch(line -> line.matches(".*\\b20\\d\\d\\b.*"));
            } else {
                assertThat(name).endsWith(".jsonl");
                for (String line : content.split("\n")) {
                    JsonNode article = JSON.readTree(line);
                    for (String field : List.of("url", "title", "text", "source", "published_at", "language")) {
                        assertThat(article.path(field).asText()).as(name + " " + field).isNotBlank();
                    }
                    OffsetDateTime.parse(article.get("published_at").asText());
                }
            }
        }
    }

    @Test
    void shouldAnnotateEveryFileAndEveryArticleInIt() throws IOException {
        Set<String> annotatedFiles = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<String, Set<Integer>> lines = new HashMap<>();
        for (JsonNode article : ARTICLES) {
            String file = article.get("file").asText();
            assertThat(ids.add(article.get("id").asText())).isTrue();
            assertThat(SampleCorpus.files()).contains(file);
            annotatedFiles.add(file);
            String url = article.path("url").asText(null);
            switch (article.get("format").asText()) {
                case "JSONL" -> {
                    assertThat(lines.computeIfAbsent(file, f -> new HashSet<>()).add(article.get("line").asInt()))
                            .isTrue();
                    JsonNode line = jsonLine(article);
                    assertThat(line.get("url").asText()).isEqualTo(url);
                    assertThat(line.get("title").asText()).isEqualTo(article.get("title").asText());
                    assertThat(OffsetDateTime.parse(line.get("published_at").asText()))
                            .isEqualTo(OffsetDateTime.parse(article.get("publishedAt").asText()));
                }
                case "HTML" -> assertThat(Jsoup.parse(read(file)).select("link[rel=canonical]").attr("href"))
                        .isEqualTo(url);
                default -> {
                    if (url != null) {
                        assertThat(read(file)).contains("URL: " + url);
                    }
                }
            }
        }
        assertThat(annotatedFiles).containsExactlyInAnyOrderElementsOf(SampleCorpus.files());
        for (Map.Entry<String, Set<Integer>> file : lines.entrySet()) {
            assertThat(file.getValue()).hasSize(read(file.getKey()).split("\n").length);
        }
    }

    @Test
    void shouldFindEveryAnnotatedSentenceInItsArticle() {
        int contacts = 0;
        for (JsonNode article : ARTICLES) {
            String text = textOf(article);
            for (JsonNode item : iterable(article.get("contacts"), article.get("distractors"))) {
                assertThat(text).as(article.get("id").asText()).contains(item.get("sentence").asText());
                contacts++;
            }
        }
        assertThat(contacts).isGreaterThan(150);
    }

    @Test
    void shouldCodeOnlyTheAgreedCodesStatusesAndDates() {
        for (JsonNode article : ARTICLES) {
            LocalDate published = OffsetDateTime.parse(article.get("publishedAt").asText()).toLocalDate();
            for (JsonNode contact : article.get("contacts")) {
                String where = article.get("id").asText() + " " + contact.get("sentence").asText();
                assertThat(contact.get("cameo").asText()).as(where).isIn(CODES);
                assertThat(contact.get("status").asText()).as(where).isIn(STATUSES);
                assertThat(contact.get("granularity").asText()).as(where).isIn(GRANULARITIES);
                String a = contact.get("actorA").get("country").asText();
                String b = contact.get("actorB").get("country").asText();
                assertThat(contact.get("dyad").asText()).as(where)
                        .isEqualTo(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
                LocalDate date = contact.get("date").isNull() ? null : LocalDate.parse(contact.get("date").asText());
                switch (contact.get("status").asText()) {
                    case "OCCURRED" -> {
                        assertThat(contact.get("event").asText()).as(where).isNotBlank();
                        assertThat(date).as(where).isNotNull().isBeforeOrEqualTo(published);
                    }
                    case "HISTORICAL" -> {
                        assertThat(contact.get("event").isNull()).isTrue();
                        if (date != null) {
                            assertThat(date).as(where).isBefore(published.withDayOfMonth(1));
                        }
                    }
                    default -> {
                        assertThat(contact.get("event").isNull()).as(where).isTrue();
                        if (date != null && contact.get("status").asText().equals("PLANNED")) {
                            assertThat(date).as(where).isAfterOrEqualTo(published.withDayOfYear(1));
                        }
                    }
                }
            }
            if (!article.get("coded").asBoolean()) {
                assertThat(article.get("contacts")).isEmpty();
                assertThat(article.get("language").asText()).isNotEqualTo("eng");
            }
        }
    }

    @Test
    void shouldMakeCopiesNearDuplicatesOfTheirOriginalsAndNothingElse() {
        int copies = 0;
        Map<String, long[]> shingles = new HashMap<>();
        ARTICLES.forEach(article -> shingles.put(article.get("id").asText(), Shingles.of(mainTextOf(article))));
        for (JsonNode article : ARTICLES) {
            if (!article.get("copyOf").isNull()) {
                JsonNode original = BY_ID.get(article.get("copyOf").asText());
                assertThat(original).isNotNull();
                assertThat(original.get("copyOf").isNull()).isTrue();
                assertThat(article.get("source").asText()).isNotEqualTo(original.get("source").asText());
                assertThat(article.get("title").asText()).isNotEqualTo(original.get("title").asText());
                assertThat(OffsetDateTime.parse(article.get("publishedAt").asText()))
                        .isAfter(OffsetDateTime.parse(original.get("publishedAt").asText()));
                assertThat(Shingles.jaccard(shingles.get(article.get("id").asText()),
                        shingles.get(original.get("id").asText()))).as(article.get("id").asText()).isGreaterThan(0.5);
                copies++;
            }
        }
        assertThat(copies).isGreaterThanOrEqualTo(5);
        for (JsonNode one : ARTICLES) {
            for (JsonNode other : ARTICLES) {
                boolean pair = one.get("id").asText().compareTo(other.get("id").asText()) < 0;
                if (pair && !story(one).equals(story(other))) {
                    assertThat(Shingles.jaccard(shingles.get(one.get("id").asText()),
                            shingles.get(other.get("id").asText()))).isLessThan(0.2);
                }
            }
        }
    }

    private static String story(JsonNode article) {
        return article.get("copyOf").isNull() ? article.get("id").asText() : article.get("copyOf").asText();
    }

    @Test
    void shouldSpanFourMonthsOfManyOutletsInEveryFormat() {
        assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(70);
        Set<String> sources = new HashSet<>();
        Map<String, Integer> formats = new HashMap<>();
        LocalDate earliest = LAST;
        LocalDate latest = FIRST;
        int uncoded = 0;
        for (JsonNode article : ARTICLES) {
            LocalDate day = OffsetDateTime.parse(article.get("publishedAt").asText()).toLocalDate();
            assertThat(day).isBetween(FIRST, LAST);
            earliest = day.isBefore(earliest) ? day : earliest;
            latest = day.isAfter(latest) ? day : latest;
            sources.add(article.get("source").asText());
            formats.merge(article.get("format").asText(), 1, Integer::sum);
            if (!article.get("coded").asBoolean()) {
                uncoded++;
            }
        }
        assertThat(ChronoUnit.DAYS.between(earliest, latest)).isGreaterThanOrEqualTo(90);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
        assertThat(formats).containsOnlyKeys("TEXT", "HTML", "JSONL").allSatisfy((format, count) ->
                assertThat(count).isGreaterThanOrEqualTo(10));
        assertThat(uncoded).isBetween(2, 3);
    }

    @Test
    void shouldShowOneClearRiseBetweenPakistanAndRussia() {
        Map<String, List<LocalDate>> events = new HashMap<>();
        for (JsonNode event : truth.get("events")) {
            events.computeIfAbsent(event.get("dyad").asText(), d -> new ArrayList<>())
                    .add(LocalDate.parse(event.get("date").asText()));
        }
        List<LocalDate> pakRus = events.get("PAK-RUS");
        long may = pakRus.stream().filter(day -> day.getMonthValue() == 5).count();
        long before = pakRus.size() - may;
        assertThat(before).isBetween(2L, 4L);
        assertThat(may / (before / 3.0)).as("May against the monthly mean of February to April").isGreaterThan(5);
        assertThat(mostInTwoWeeks(pakRus)).isGreaterThanOrEqualTo(6);
        events.forEach((dyad, days) -> {
            if (!dyad.equals("PAK-RUS")) {
                assertThat(mostInTwoWeeks(days)).as(dyad).isLessThanOrEqualTo(3);
            }
        });
        assertThat(truth.get("expectedAlerts")).singleElement().satisfies(alert -> {
            assertThat(alert.get("dyad").asText()).isEqualTo("PAK-RUS");
            assertThat(LocalDate.parse(alert.get("from").asText()).getMonthValue()).isEqualTo(5);
        });
    }

    private static int mostInTwoWeeks(List<LocalDate> days) {
        int most = 0;
        for (LocalDate start : days) {
            int count = (int) days.stream().filter(d -> !d.isBefore(start) && d.isBefore(start.plusDays(14))).count();
            most = Math.max(most, count);
        }
        return most;
    }

    @Test
    void shouldGroupReportsIntoEventsConsistently() {
        Map<String, Set<String>> reports = new HashMap<>();
        for (JsonNode article : ARTICLES) {
            for (JsonNode contact : article.get("contacts")) {
                if (contact.get("status").asText().equals("OCCURRED")) {
                    reports.computeIfAbsent(contact.get("event").asText(), e -> new TreeSet<>())
                            .add(article.get("id").asText());
                }
            }
        }
        assertThat(truth.get("events")).hasSize(reports.size());
        for (JsonNode event : truth.get("events")) {
            Set<String> listed = new TreeSet<>();
            event.get("reports").forEach(id -> listed.add(id.asText()));
            assertThat(listed).isEqualTo(reports.get(event.get("event").asText()));
        }
        assertThat(reports.get("pak-rus-2025-05-05-leaders-call")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldCoverTheHardCasesACarefulReaderMeets() {
        Set<String> seen = new HashSet<>();
        for (JsonNode article : ARTICLES) {
            for (JsonNode contact : article.get("contacts")) {
                seen.add(contact.get("status").asText());
                seen.add("code " + contact.get("cameo").asText());
                if (contact.get("multilateral").asBoolean()) {
                    seen.add("multilateral");
                }
                if (contact.get("sentence").asText().contains("years ago")) {
                    seen.add("years ago");
                }
            }
            for (JsonNode distractor : article.get("distractors")) {
                seen.add(distractor.get("kind").asText());
            }
        }
        assertThat(seen).contains("OCCURRED", "PLANNED", "NEGATED", "HISTORICAL", "interview", "statement",
                "co-mention", "multilateral", "years ago");
        CODES.forEach(code -> assertThat(seen).contains("code " + code));
    }

    @Test
    void shouldUseTheDictionarysPersonIds() {
        Set<String> known = new HashSet<>();
        dev.dyadwatch.enrich.dictionary.ActorDictionary.loadDefault().terms()
                .forEach(term -> known.add(term.personId()));
        for (JsonNode article : ARTICLES) {
            for (JsonNode contact : article.get("contacts")) {
                for (String side : List.of("actorA", "actorB")) {
                    String id = contact.get(side).path("id").asText("");
                    String country = contact.get(side).get("country").asText();
                    if (id.isEmpty() || id.equals(country) || id.equals(country + ".GOV")
                            || id.equals(country + ".MIL")) {
                        continue;
                    }
                    assertThat(known).as(article.get("id").asText() + " " + side).contains(id);
                }
            }
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }
}
