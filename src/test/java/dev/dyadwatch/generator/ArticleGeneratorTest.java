package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.avro.ContactStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleGeneratorTest {

    private static final Pattern UNFILLED = Pattern.compile("[\\[\\]{}<>|]");

    @TempDir
    Path dir;

    private static ScenarioSettings small(Scenario scenario, long seed) {
        ScenarioSettings.Builder builder = ScenarioSettings.builder(scenario).seed(seed).days(40).articlesPerDay(60)
                .changeDay(30);
        return (scenario == Scenario.RISE_FADE ? builder.changeLength(5) : builder).build();
    }

    @Test
    void shouldWriteTheSameBytesForTheSameSeed() throws IOException {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        Path other = dir.resolve("c.jsonl");
        write(small(Scenario.RISE, 42), first);
        write(small(Scenario.RISE, 42), second);
        write(small(Scenario.RISE, 43), other);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        assertThat(Files.mismatch(GeneratorFiles.truthFile(first), GeneratorFiles.truthFile(second))).isEqualTo(-1L);
        assertThat(Files.mismatch(first, other)).isNotEqualTo(-1L);
    }

    private static void write(ScenarioSettings settings, Path file) throws IOException {
        try (GeneratorFiles files = new GeneratorFiles(file)) {
            Generators.shared().generate(settings, files);
        }
    }

    @Test
    void shouldWriteExactlyTheRequestedArticlesWithUniqueUrlsInPublicationOrder() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.BACKGROUND).seed(1).days(20)
                .articles(1234).build());
        assertThat(run.articles).hasSize(1234);
        assertThat(run.summary.articles()).isEqualTo(1234);
        assertThat(run.summary.dailyVolume().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1234);
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < run.articles.size(); i++) {
            GeneratedArticle article = run.articles.get(i);
            assertThat(urls.add(article.url())).as("unique " + article.url()).isTrue();
            assertThat(article.url()).startsWith("https://").contains(".example/");
            if (i > 0) {
                assertThat(article.publishedAt().toInstant())
                        .isAfterOrEqualTo(run.articles.get(i - 1).publishedAt().toInstant());
            }
        }
    }

    @Test
    void shouldPlaceEveryTruthSentenceInItsArticle() {
        for (Scenario scenario : Scenario.values()) {
            CollectingSink run = CollectingSink.run(small(scenario, 7));
            int contacts = 0;
            for (GeneratedArticle article : run.articles) {
                for (TruthContact contact : article.contacts()) {
                    assertThat(article.text()).as(scenario + " " + article.url()).contains(contact.sentence());
                    assertThat(contact.sentence()).endsWith(".").doesNotContain("\n");
                    contacts++;
                }
                for (TruthDistractor distractor : article.distractors()) {
                    assertThat(article.text()).contains(distractor.sentence());
                }
            }
            assertThat(contacts).as(scenario + " has contacts").isGreaterThan(20);
        }
    }

    @Test
    void shouldLeaveNoGrammarSyntaxInTheText() {
        CollectingSink run = CollectingSink.run(small(Scenario.BACKGROUND, 5));
        for (GeneratedArticle article : run.articles) {
            assertThat(UNFILLED.matcher(article.text()).find()).as(article.text()).isFalse();
            // A syndicating outlet may append its name after '|'; nothing else of the grammar's syntax may remain.
            assertThat(UNFILLED.matcher(article.title().replace(" | " + article.source(), "")).find())
                    .as(article.title()).isFalse();
            assertThat(article.text()).doesNotContain("  ").doesNotContain(" ,").doesNotContain(" .");
        }
    }

    @Test
    void shouldWriteArticlesOfTwoToFiveKilobytes() {
        CollectingSink run = CollectingSink.run(small(Scenario.BACKGROUND, 2));
        for (GeneratedArticle article : run.articles) {
            // A syndicated copy may be a trimmed paragraph or two shorter than its original.
            int least = article.copyOf() == null ? 2000 : 1400;
            assertThat(article.text().length()).as(article.url()).isBetween(least, 5500);
        }
    }

    @Test
    void shouldDateContactsByTheirStatus() {
        CollectingSink run = CollectingSink.run(small(Scenario.BACKGROUND, 3));
        Map<ContactStatus, Integer> seen = new HashMap<>();
        for (GeneratedArticle article : run.articles) {
            LocalDate published = article.publishedAt().toLocalDate();
            for (TruthContact contact : article.contacts()) {
                seen.merge(contact.status(), 1, Integer::sum);
                switch (contact.status()) {
                    case OCCURRED -> {
                        assertThat(contact.event()).isNotNull();
                        assertThat(contact.date()).isBeforeOrEqualTo(published).isAfter(published.minusDays(5));
                    }
                    case HISTORICAL -> assertThat(contact.date()).isBefore(published.withDayOfMonth(1));
                    case PLANNED -> assertThat(contact.textDate()).isAfterOrEqualTo(published.withDayOfMonth(1));
                    case NEGATED -> assertThat(contact.event()).isNull();
                    default -> throw new AssertionError("unexpected status " + contact.status());
                }
                assertThat(contact.dyad().split("-")).contains(contact.actorA().country(), contact.actorB().country());
                assertThat(contact.actorA().country()).isNotEqualTo(contact.actorB().country());
            }
        }
        assertThat(seen.keySet()).contains(ContactStatus.OCCURRED, ContactStatus.PLANNED, ContactStatus.NEGATED,
                ContactStatus.HISTORICAL);
    }

    @Test
    void shouldMakeCopiesNearDuplicatesAndNothingElse() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.BACKGROUND).seed(9).days(15)
                .articlesPerDay(80).build());
        Map<String, GeneratedArticle> byUrl = new HashMap<>();
        run.articles.forEach(article -> byUrl.put(article.url(), article));
        List<long[]> shingles = new ArrayList<>();
        run.articles.forEach(article -> shingles.add(Shingles.of(article.text())));
        int copies = 0;
        for (int i = 0; i < run.articles.size(); i++) {
            GeneratedArticle article = run.articles.get(i);
            if (article.copyOf() != null) {
                GeneratedArticle original = byUrl.get(article.copyOf());
                assertThat(original).as("the original of a copy is in the run").isNotNull();
                assertThat(original.source()).isNotEqualTo(article.source());
                assertThat(Shingles.jaccard(shingles.get(i), Shingles.of(original.text()))).isGreaterThan(0.7);
                copies++;
            }
        }
        assertThat(copies).isGreaterThan(5);
        // Every other pair, including independent reports of one event, stays far from a near-duplicate
        // (checked over the first 600 articles: a week of news at this volume).
        int checked = Math.min(600, run.articles.size());
        for (int i = 0; i < checked; i++) {
            for (int j = i + 1; j < checked; j++) {
                if (!sameStory(run.articles.get(i), run.articles.get(j))) {
                    assertThat(Shingles.jaccard(shingles.get(i), shingles.get(j)))
                            .as(run.articles.get(i).url() + " vs " + run.articles.get(j).url()).isLessThan(0.4);
                }
            }
        }
    }

    private static boolean sameStory(GeneratedArticle a, GeneratedArticle b) {
        String rootA = a.copyOf() == null ? a.url() : a.copyOf();
        String rootB = b.copyOf() == null ? b.url() : b.copyOf();
        return rootA.equals(rootB);
    }

    @Test
    void shouldRefuseADyadItCannotWriteAbout() {
        ScenarioSettings settings = ScenarioSettings.builder(Scenario.BACKGROUND)
                .dyads(DyadRate.parseList("PAK-ATA:3")).build();
        assertThatThrownBy(() -> CollectingSink.run(settings)).hasMessageContaining("ATA");
    }

    @Test
    void shouldRefuseRatesThatLeaveNoOrdinaryNews() {
        ScenarioSettings settings = ScenarioSettings.builder(Scenario.RISE)
                .dyads(DyadRate.parseList("PAK-RUS:300,IND-USA:300")).factor(3).build();
        assertThatThrownBy(() -> CollectingSink.run(settings)).hasMessageContaining("rates too high");
    }
}
