package dev.dyadwatch.cli;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.config.ConfigLoader;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.embedded.PipelineBench;
import dev.dyadwatch.embedded.TopicTraffic;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.GeneratorFiles;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.pipeline.PipelineRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch bench}: generated articles through the whole pipeline on the embedded default, measured from
 * outside: sustained articles per second, and produce-to-alert latency at a steady rate.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Drive generated articles through the whole pipeline on an embedded broker and registry; print "
                + "sustained articles/s and the p50/p99 time from producing an article to its enriched record and to "
                + "its alert.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
            description = "Articles generated (default ${DEFAULT-VALUE}); the first half is produced at full speed, "
                    + "the second at --rate.")
    int articles;

    @CommandLine.Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "500",
            description = "Steady rate of the latency phase, articles per second (default ${DEFAULT-VALUE}).")
    double rate;

    @CommandLine.Option(names = "--seed", defaultValue = "7",
            description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Option(names = "--partitions", defaultValue = "3",
            description = "Partitions per topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @CommandLine.Option(names = "--threads", defaultValue = "2",
            description = "Stream threads (default ${DEFAULT-VALUE}).")
    int threads;

    @CommandLine.Option(names = "--guarantee", defaultValue = "exactly_once_v2",
            description = "Processing guarantee: exactly_once_v2 (default) or at_least_once.")
    String guarantee;

    @CommandLine.Option(names = "--config", paramLabel = "FILE", description = "Properties file with dyadwatch "
            + "options (commit.interval.ms, dyads.*, alerts.*, ...); DYADWATCH_* environment variables apply too.")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 100 || rate <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 100 and "
                    + "--rate positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("dyadwatch-bench-");
        try {
            List<RawArticle> all = generate(dir, err);
            List<RawArticle> burst = all.subList(0, all.size() / 2);
            List<RawArticle> steady = all.subList(all.size() / 2, all.size());
            DyadwatchConfig base = ConfigLoader.load(configFile, System.getenv(), Map.of())
                    .with(Option.STATE_DIR, dir.resolve("state").toString())
                    .with(Option.TOPIC_PARTITIONS, String.valueOf(partitions))
                    .with(Option.STREAM_THREADS, String.valueOf(threads))
                    .with(Option.PROCESSING_GUARANTEE, guarantee);
            err.println("dyadwatch bench: starting the embedded broker, registry and pipeline ...");
            err.flush();
            PipelineBench.Result result;
            try (EmbeddedStack stack = EmbeddedStack.start(EmbeddedKafka.Options.defaults()
                    .withDataDir(dir.resolve("kafka")), 0, base);
                    PipelineRunner runner = PipelineRunner.create(stack.config(), stack.topics())) {
                runner.start(false, Duration.ofMinutes(2));
                err.printf("dyadwatch bench: %,d articles at full speed, then %,d at %,.0f/s ...%n", burst.size(),
                        steady.size(), rate);
                err.flush();
                result = new PipelineBench(stack, stack.config().applicationId())
                        .run(burst, steady, rate, Duration.ofMinutes(30));
            }
            print(out, result);
            return 0;
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }

    /** Generates a rise scenario (alerts in its second half) and reads it as ingest does, before any timing. */
    private List<RawArticle> generate(Path dir, PrintWriter err) throws Exception {
        int days = 120;
        ScenarioSettings settings = ScenarioSettings.builder(Scenario.RISE).seed(seed).days(days)
                .articles(articles).changeDay(days * 3 / 4).build();
        Path file = dir.resolve("bench.jsonl");
        try (GeneratorFiles files = new GeneratorFiles(file)) {
            ArticleGenerator.withDefaultDictionary().generate(settings, files);
        }
        List<RawArticle> read = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        ArticleInputs.withDefaults().read(List.of(file.toString()), new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                read.add(article);
            }

            @Override
            public void reject(InputFailure failure) {
                failures.add(failure);
            }
        });
        if (!failures.isEmpty()) {
            throw new IllegalStateException("generated articles could not be read: " + failures.get(0));
        }
        err.printf("dyadwatch bench: generated %,d articles (rise scenario, seed %d, %d days)%n", read.size(), seed,
                days);
        err.flush();
        return read;
    }

    private void print(PrintWriter out, PipelineBench.Result r) {
        out.printf(Locale.ROOT, "dyadwatch bench: embedded broker, %s, %d partitions, %d stream threads, %d cores%n",
                guarantee, partitions, threads, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  sustained: %,d articles produced at full speed, all processed in %.1f s: "
                + "%,.0f articles/s%n", r.burstArticles(), r.burstSeconds(), r.burstRate());
        out.printf(Locale.ROOT, "  CPU: %.2f ms per article (broker, registry, pipeline and bench clients; %.2f cores "
                + "busy)%n", r.cpuMillisPerArticle(), r.burstCpuSeconds() / r.burstSeconds());
        out.printf(Locale.ROOT, "  latency at %,.0f articles/s (kept %,.0f/s), %,d articles, the last %,d not measured "
                + "(a stream that goes on):%n", r.steadyRate(), r.achievedRate(), r.steadyArticles(), r.tailArticles());
        line(out, "produce -> articles-enriched", r.enrichedMillis());
        line(out, "produce -> alert update", r.alertMillis());
        traffic(out, r);
        out.flush();
    }

    /** Where the work per article goes: what each topic received per article produced, the largest first. */
    private static void traffic(PrintWriter out, PipelineBench.Result r) {
        double produced = r.burstArticles() + r.steadyArticles();
        long total = r.traffic().stream().mapToLong(TopicTraffic::bytes).sum();
        out.printf(Locale.ROOT, "  written per article produced: %,.0f bytes in all (log entries include "
                + "transaction markers)%n", total / produced);
        for (TopicTraffic topic : r.traffic()) {
            if (topic.bytes() / produced >= 1) {
                out.printf(Locale.ROOT, "    %-56s %,8.0f bytes  %6.2f entries%n", topic.topic(),
                        topic.bytes() / produced, topic.entries() / produced);
            }
        }
    }

    private static void line(PrintWriter out, String what, long[] millis) {
        if (millis.length == 0) {
            out.printf("    %-30s no samples%n", what);
            return;
        }
        out.printf(Locale.ROOT, "    %-30s p50 %,d ms  p99 %,d ms  max %,d ms  (%,d samples)%n", what,
                PipelineBench.Result.quantile(millis, 0.5), PipelineBench.Result.quantile(millis, 0.99),
                millis[millis.length - 1], millis.length);
    }
}
