package dev.dyadwatch.cli;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.config.ConfigLoader;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.dyads.DyadSettings;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.DictionarySource;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.text.TokenizerKind;
import dev.dyadwatch.evaluation.AlertEvaluation;
import dev.dyadwatch.evaluation.AlertVerdict;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch evaluate-alerts}: alert precision, recall and detection delay on scenarios with known answers. */
@Command(name = "evaluate-alerts", mixinStandardHelpOptions = true,
        description = "Generate scenarios with known answers (and read the bundled sample corpus), read them as "
                + "ingest does, drop syndicated copies as dedupe does, code them with the enrich stage's coder, "
                + "replay them through the dyad stage's engine and print alert recall, false alarms, detection "
                + "delay and resolution, with a verdict on the targets. No Kafka needed.")
final class EvaluateAlertsCommand implements Callable<Integer> {

    static final List<Scenario> DEFAULT_SCENARIOS = List.of(Scenario.RISE, Scenario.RISE_FADE, Scenario.SYNDICATION,
            Scenario.SINGLE_EVENT, Scenario.VOLUME_SPIKE, Scenario.BACKGROUND);

    @CommandLine.Option(names = "--scenarios", paramLabel = "NAME", split = ",", description = "Scenarios to run "
            + "(default: rise, rise-fade, syndication, single-event, volume-spike, background).")
    List<String> scenarios;

    @CommandLine.Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
            description = "Seeds per scenario (default ${DEFAULT-VALUE}).")
    int seeds;

    @CommandLine.Option(names = "--first-seed", paramLabel = "S", defaultValue = "1",
            description = "First seed: the runs use seeds S..S+N-1 (default ${DEFAULT-VALUE}).")
    long firstSeed;

    @CommandLine.Option(names = "--coding", paramLabel = "WHO", defaultValue = "CODER", description = "Who codes "
            + "the articles: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}; TRUTH is a perfect coder).")
    AlertEvaluation.Coding coding;

    @CommandLine.Option(names = "--sample", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also score the bundled sample corpus (default on; --no-sample to skip).")
    boolean sample;

    @CommandLine.Option(names = "--keep-copies", description = "Replay syndicated copies as well, as if dedupe had "
            + "missed every one (coder coding only): shows what event merging alone makes of them.")
    boolean keepCopies;

    @CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with dyads.* and alerts.* settings (as 'run' reads it).")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (seeds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seeds must be at least 1");
        }
        List<Scenario> chosen = new ArrayList<>();
        if (scenarios == null || scenarios.isEmpty()) {
            chosen.addAll(DEFAULT_SCENARIOS);
        } else {
            for (String name : scenarios) {
                try {
                    chosen.add(Scenario.fromName(name));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
        }
        DyadwatchConfig config = ConfigLoader.load(configFile, System.getenv(), Map.of());
        ActorDictionary dictionary = DictionarySource.fromConfig(config).load();
        EnrichResources resources = EnrichResources.of(dictionary, TokenizerKind.NEWS);
        ArticleGenerator generator = new ArticleGenerator(dictionary);
        AlertEvaluation evaluation = new AlertEvaluation(generator, resources.newCoder(CodingLimits.DEFAULT),
                resources.version(), DyadSettings.from(config), AlertSettings.from(config), keepCopies);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.printf(Locale.ROOT, "coding: %s; syndicated copies %s; %d seed(s) per scenario; alert tolerance after a "
                + "rise's end %d days%n", coding, keepCopies ? "kept" : "dropped (as dedupe drops them)", seeds,
                AlertEvaluation.TOLERANCE.toDays());
        out.printf(Locale.ROOT, "%-13s %4s %8s %8s %5s %8s %7s %9s %7s %6s %12s%n", "scenario", "seed", "articles",
                "contacts", "rises", "detected", "delay", "resolved", "alerts", "false", "near-change");
        List<AlertEvaluation.Run> runs = new ArrayList<>();
        Path work = Files.createTempDirectory("dyadwatch-evaluate-alerts");
        long started = System.nanoTime();
        try {
            for (Scenario scenario : chosen) {
                for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
                    AlertEvaluation.Run run = evaluation.scenario(scenario, seed, coding, work);
                    runs.add(run);
                    print(out, run);
                }
            }
            if (sample) {
                AlertEvaluation.Run run = evaluation.sampleCorpus(work);
                runs.add(run);
                print(out, run);
            }
        } finally {
            deleteRecursively(work, err);
        }
        AlertVerdict verdict = new AlertVerdict(runs);
        verdict.lines().forEach(out::println);
        out.printf(Locale.ROOT, "%d runs in %.1f s%n", runs.size(), (System.nanoTime() - started) / 1e9);
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, AlertEvaluation.Run run) {
        AlertScorer.Score score = run.score();
        long detected = score.detections().stream().filter(AlertScorer.Detection::detected).count();
        Duration delay = score.maxDelay();
        long resolved = score.detections().stream().filter(d -> d.resolvedAt() != null).count();
        out.printf(Locale.ROOT, "%-13s %4d %8d %8d %5d %8d %7s %9s %7d %6d %12d%n", run.name(), run.seed(),
                run.articles(), run.contacts(), score.detections().size(), detected,
                delay == null ? "-" : String.format(Locale.ROOT, "%.1f d", delay.toHours() / 24.0),
                score.detections().isEmpty() ? "-" : resolved + "/" + score.detections().size(), score.episodes(),
                score.falseAlarms().size(), run.episodesNearChange());
        out.flush();
    }

    private static void deleteRecursively(Path dir, PrintWriter err) {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            err.println("dyadwatch evaluate-alerts: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
