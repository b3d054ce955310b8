package dev.dyadwatch.evaluation;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dyads.DyadReplay;
import dev.dyadwatch.dyads.DyadSettings;
import dev.dyadwatch.dyads.Dyads;
import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.EnrichedRecords;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.GeneratedArticle;
import dev.dyadwatch.generator.GenerationSink;
import dev.dyadwatch.generator.GenerationSummary;
import dev.dyadwatch.generator.GeneratorFiles;
import dev.dyadwatch.generator.Rise;
import dev.dyadwatch.generator.SampleCorpus;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alert quality end to end, without Kafka: a scenario's articles (or the sample corpus) read as ingest reads them,
 * syndicated copies dropped as dedupe drops them, coded by the enrich stage's coder (or by the truth), replayed
 * through the dyad stage's engine with the pipeline's settings and scored with {@link AlertScorer}.
 */
public final class AlertEvaluation {

    /** How long after a rise's end an alert may still open and count as detecting it. */
    public static final Duration TOLERANCE = Duration.ofDays(7);

    /** Who codes the articles. */
    public enum Coding {
        /** The enrich stage's coder, as the pipeline runs it. */
        CODER,
        /** The ground truth: a perfect coder, to separate the dyad stage's errors from the coder's. */
        TRUTH
    }

    /**
     * One scored run.
     *
     * @param name scenario name, or {@code sample}
     * @param seed the generator's seed (0 for the sample corpus)
     * @param articles unique articles replayed
     * @param contacts contact reports coded
     * @param focus the dyad the scenario is about, or null
     * @param change event time of the scenario's change (rise, spike, syndicated contact), or null
     * @param alerts every alert update the dyad stage published, in order
     * @param score the alerts against the planted rises
     */
    public record Run(String name, long seed, int articles, int contacts, String focus, Instant change,
            List<DyadAlert> alerts, AlertScorer.Score score) {

        /** Alert episodes of the focus dyad that opened within a week of the change (none expected unless rising). */
        public long focusEpisodesNearChange() {
            if (focus == null || change == null) {
                return 0;
            }
            return episodes().stream().filter(a -> a.getDyad().equals(focus))
                    .filter(a -> !a.getOpenedAt().isBefore(change)
                            && a.getOpenedAt().isBefore(change.plus(Duration.ofDays(7))))
                    .count();
        }

        /** Alert episodes opened anywhere within a week of the change: what a volume spike must not cause. */
        public long episodesNearChange() {
            if (change == null) {
                return 0;
            }
            return episodes().stream().filter(a -> !a.getOpenedAt().isBefore(change)
                    && a.getOpenedAt().isBefore(change.plus(Duration.ofDays(7)))).count();
        }

        /** The final record of each alert episode that was not retracted. */
        public List<DyadAlert> episodes() {
            Map<String, DyadAlert> last = new LinkedHashMap<>();
            alerts.forEach(a -> last.put(a.getAlertId(), a));
            return last.values().stream()
                    .filter(a -> a.getStatus() != dev.dyadwatch.avro.AlertStatus.RETRACTED).toList();
        }
    }

    private final ArticleGenerator generator;
    private final ArticleCoder coder;
    private final String coderVersion;
    private final DyadSettings dyads;
    private final AlertSettings alerts;
    private final boolean keepCopies;

    /**
     * @param keepCopies replay syndicated copies too, as if dedupe had missed them all (coder coding only)
     */
    public AlertEvaluation(ArticleGenerator generator, ArticleCoder coder, String coderVersion, DyadSettings dyads,
            AlertSettings alerts, boolean keepCopies) {
        this.keepCopies = keepCopies;
        this.generator = generator;
        this.coder = coder;
        this.coderVersion = coderVersion;
        this.dyads = dyads;
        this.alerts = alerts;
    }

    /** Generates {@code scenario} with {@code seed}, codes it and scores its alerts. */
    public Run scenario(Scenario scenario, long seed, Coding coding, Path workDir) throws IOException {
        ScenarioSettings settings = ScenarioSettings.builder(scenario).seed(seed).build();
        Path file = workDir.resolve(scenario.cliName() + "-" + seed + ".jsonl");
        List<GeneratedArticle> generated = new ArrayList<>();
        List<AlertScorer.Rise> rises = new ArrayList<>();
        ScenarioSettings[] run = new ScenarioSettings[1];
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                GeneratorFiles files = new GeneratorFiles(out, Writer.nullWriter())) {
            generator.generate(settings, new GenerationSink() {
                @Override
                public void begin(ScenarioSettings actual, List<Rise> planted) throws IOException {
                    run[0] = actual;
                    planted.forEach(r -> rises.add(new AlertScorer.Rise(r.dyad(), TruthCoding.start(r.from()),
                            r.until() == null ? null : TruthCoding.start(r.until()))));
                    files.begin(actual, planted);
                }

                @Override
                public void article(GeneratedArticle article) throws IOException {
                    generated.add(article);
                    files.article(article);
                }

                @Override
                public void end(GenerationSummary summary) throws IOException {
                    files.end(summary);
                }
            });
        }
        List<DyadReplay.CodedArticle> coded = new ArrayList<>();
        if (coding == Coding.TRUTH) {
            generated.stream().filter(a -> a.copyOf() == null).map(TruthCoding::coded).forEach(coded::add);
        } else {
            Map<String, String> copies = new LinkedHashMap<>();
            generated.stream().filter(a -> a.copyOf() != null).forEach(a -> copies.put(a.url(), a.title()));
            for (RawArticle article : unique(IngestedCorpus.read(List.of(file.toString())), copies)) {
                coded.add(code(article));
            }
        }
        Files.deleteIfExists(file);
        Instant change = TruthCoding.start(run[0].day(run[0].changeDay()));
        return score(scenario.cliName(), seed, coded, rises, run[0].focusDyad(), change);
    }

    /** Reads the bundled sample corpus as the demo ingests it, codes it and scores its alerts. */
    public Run sampleCorpus(Path workDir) throws IOException {
        Path dir = SampleCorpus.copyTo(workDir.resolve("sample-corpus"));
        List<String> files = SampleCorpus.files().stream().map(name -> dir.resolve(name).toString()).toList();
        Path truth = dir.resolve(SampleCorpus.GROUND_TRUTH);
        Map<String, String> copies = new LinkedHashMap<>();
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(truth.toFile());
        for (com.fasterxml.jackson.databind.JsonNode article : tree.get("articles")) {
            if (!article.get("copyOf").isNull()) {
                copies.put(article.get("url").asText(), article.get("title").asText());
            }
        }
        List<DyadReplay.CodedArticle> coded = new ArrayList<>();
        for (RawArticle article : unique(IngestedCorpus.read(files), copies)) {
            coded.add(code(article));
        }
        List<AlertScorer.Rise> rises = AlertScorer.expectedRises(truth);
        String focus = rises.isEmpty() ? null : rises.get(0).dyad();
        return score("sample", 0, coded, rises, focus, rises.isEmpty() ? null : rises.get(0).start());
    }

    private List<RawArticle> unique(List<RawArticle> articles, Map<String, String> copies) throws IOException {
        return keepCopies ? articles : IngestedCorpus.withoutCopies(articles, copies);
    }

    private Run score(String name, long seed, List<DyadReplay.CodedArticle> coded, List<AlertScorer.Rise> rises,
            String focus, Instant change) {
        coded.sort(Comparator.comparingLong(DyadReplay.CodedArticle::publishedAt));
        DyadReplay.Result result = DyadReplay.replay(dyads, alerts, coded);
        if (!result.rejected().isEmpty()) {
            throw new IllegalStateException(name + " seed " + seed + ": the dyad stage rejected "
                    + result.rejected().size() + " input(s), the first: " + result.rejected().get(0));
        }
        int contacts = coded.stream().mapToInt(a -> a.contacts().size()).sum();
        return new Run(name, seed, coded.size(), contacts, focus, change, result.alerts(),
                AlertScorer.score(result.alerts(), rises, TOLERANCE));
    }

    /** One article as the enrich stage publishes it, reduced to what the dyad stage reads. */
    private DyadReplay.CodedArticle code(RawArticle article) {
        ArticleCoding coding = coder.code(article);
        EnrichedArticle enriched = EnrichedRecords.enriched(coding, article.getId(), coderVersion,
                article.getPublishedAt());
        return new DyadReplay.CodedArticle(article.getPublishedAt().toEpochMilli(),
                Dyads.countries(enriched.getActors()),
                enriched.getContacts());
    }
}
