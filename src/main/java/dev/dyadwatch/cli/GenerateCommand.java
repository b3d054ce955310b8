package dev.dyadwatch.cli;

import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.DyadRate;
import dev.dyadwatch.generator.GenerationSummary;
import dev.dyadwatch.generator.GeneratorFiles;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch generate}: writes a scenario's articles as JSON Lines and its ground truth next to them. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write generated news articles of a scenario with a known answer as JSON Lines, and the "
                + "scenario's ground truth to FILE.truth.json. The same seed and options give the same bytes.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--scenario", paramLabel = "NAME", defaultValue = "background",
            description = "background | rise | syndication | single-event | volume-spike | rise-fade | bench "
                    + "(default: ${DEFAULT-VALUE}).")
    String scenario;

    @CommandLine.Option(names = "--out", paramLabel = "FILE", required = true,
            description = "JSON Lines file to write (gzip when it ends in .gz); the truth goes to FILE.truth.json.")
    Path out;

    @CommandLine.Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Option(names = "--articles", paramLabel = "N",
            description = "Total articles (default: 100 a day; bench: 100,000 over 7 days).")
    Long articles;

    @CommandLine.Option(names = "--articles-per-day", paramLabel = "N",
            description = "Articles on an ordinary weekday (weekends carry 85%%); instead of --articles.")
    Integer articlesPerDay;

    @CommandLine.Option(names = "--start", paramLabel = "DATE",
            description = "First day, YYYY-MM-DD (default: 2025-01-06).")
    LocalDate start;

    @CommandLine.Option(names = "--days", paramLabel = "N",
            description = "Number of days (default: 120; rise-fade 150; bench 7).")
    Integer days;

    @CommandLine.Option(names = "--dyads", paramLabel = "LIST",
            description = "Background dyads and rates in reports per 1,000 articles, e.g. PAK-RUS:2,IND-USA:10 "
                    + "(a dyad without a rate gets 5). Default: the bundled list of 27 dyads.")
    String dyads;

    @CommandLine.Option(names = {"--dyad", "--focus-dyad"}, paramLabel = "DYAD",
            description = "The dyad the scenario is about (default: rise and rise-fade PAK-RUS, syndication "
                    + "KEN-NOR, single-event ARG-VNM).")
    String focusDyad;

    @CommandLine.Option(names = "--change-day", paramLabel = "N",
            description = "Zero-based day of the change: the rise starts, the spike, the story (default: "
                    + "30 days before the end for rise, 75 for rise-fade, 20 for the others).")
    Integer changeDay;

    @CommandLine.Option(names = "--change-length", paramLabel = "DAYS",
            description = "rise-fade: how many days the rise lasts (default: 30).")
    Integer changeLength;

    @CommandLine.Option(names = "--factor", paramLabel = "X",
            description = "How many times the rate rises (default 5) or the spike day's volume is (default 3).")
    Double factor;

    @CommandLine.Option(names = "--outlets", paramLabel = "N",
            description = "syndication: how many outlets carry the story, the original included (default: 30).")
    Integer outlets;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ScenarioSettings settings = settings();
        ArticleGenerator generator = ArticleGenerator.withDefaultDictionary();
        long started = System.nanoTime();
        GenerationSummary summary;
        try (GeneratorFiles files = new GeneratorFiles(out)) {
            summary = generator.generate(settings, files);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "dyadwatch generate: %s, seed %d: %,d articles over %d days from %s (%,d contact "
                + "reports of %,d events, %,d copies) in %.1f s, %,.0f articles/s%n", settings.scenario().cliName(),
                settings.seed(), summary.articles(), settings.days(), settings.start(), summary.reports(),
                summary.events(), summary.copies(), seconds, summary.articles() / Math.max(seconds, 1e-9));
        err.printf("  articles: %s%n  truth:    %s%n", out, GeneratorFiles.truthFile(out));
        err.flush();
        return 0;
    }

    ScenarioSettings settings() {
        ScenarioSettings.Builder builder;
        try {
            builder = ScenarioSettings.builder(Scenario.fromName(scenario)).seed(seed);
            if (start != null) {
                builder.start(start);
            }
            if (days != null) {
                builder.days(days);
            }
            if (articles != null) {
                builder.articles(articles);
            }
            if (articlesPerDay != null) {
                builder.articlesPerDay(articlesPerDay);
            }
            if (dyads != null) {
                builder.dyads(DyadRate.parseList(dyads));
            }
            if (focusDyad != null) {
                builder.focusDyad(focusDyad);
            }
            if (changeDay != null) {
                builder.changeDay(changeDay);
            }
            if (changeLength != null) {
                builder.changeLength(changeLength);
            }
            if (factor != null) {
                builder.factor(factor);
            }
            if (outlets != null) {
                builder.syndicatedOutlets(outlets);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
