package dev.dyadwatch.cli;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.TimeOrderedSink;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.ingest.fetch.FetchSettings;
import dev.dyadwatch.ingest.follow.FollowState;
import dev.dyadwatch.ingest.follow.Follower;
import dev.dyadwatch.ingest.publish.ArticlePublisher;
import dev.dyadwatch.ingest.publish.IngestTopics;
import dev.dyadwatch.ingest.publish.PublishSummary;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch ingest PATH|URL...}: reads articles from files, folders, feeds, URL lists and web archives and
 * publishes them to {@code articles-raw}, what cannot be read to {@code articles-dlq}. Exits 1 when any input failed,
 * after listing each failure; with {@code --follow}, polls the inputs until stopped and publishes only what is new.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {IngestCommand.DESCRIPTION, IngestCommand.FAILURES},
        footer = {"", "Examples:", IngestCommand.EXAMPLE_FILES, IngestCommand.EXAMPLE_FOLLOW})
final class IngestCommand implements Callable<Integer> {

    static final String DESCRIPTION = "Publish news articles to articles-raw from files, folders (recursive), .gz "
            + "files, JSON Lines or arrays, HTML pages, RSS/Atom feeds, URL lists and WARC crawls.";
    static final String FAILURES = "Inputs that cannot be read are listed, sent to articles-dlq with the reason, "
            + "and make the exit status 1.";
    static final String EXAMPLE_FILES = "  dyadwatch ingest scraped/ export.jsonl.gz crawl.warc.gz";
    static final String EXAMPLE_FOLLOW = "  dyadwatch ingest --follow --interval 5m --state-dir /var/lib/dyadwatch "
            + "https://example.org/feed.xml";

    /** Failures listed on stderr at the end; the rest are counted (all are on articles-dlq). */
    static final int LISTED_FAILURES = 200;

    @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "Files, folders or http(s) URLs (pages, feeds, URL lists).")
    List<String> inputs;

    @CommandLine.Mixin
    ClusterOptions cluster;

    @CommandLine.Option(names = "--follow", description = "Poll the inputs every --interval until stopped, "
            + "publishing only new items; what was published is remembered in --state-dir across restarts.")
    boolean follow;

    @CommandLine.Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m",
            description = "Time between polls with --follow, e.g. 90s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String interval;

    @CommandLine.Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where --follow keeps what it published (default: <state.dir>/ingest).")
    Path stateDir;

    @CommandLine.Option(names = "--parallelism", paramLabel = "N",
            description = "Threads parsing and cleaning articles (default: one per core).")
    Integer parallelism;

    @CommandLine.Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "8MiB",
            description = "Largest text or HTML file read as one article, e.g. 8MiB (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @CommandLine.Option(names = "--fetch-interval", paramLabel = "DURATION", defaultValue = "1s",
            description = "Least time between two requests to one host; a robots.txt Crawl-delay may raise it "
                    + "(default: ${DEFAULT-VALUE}).")
    String fetchInterval;

    @CommandLine.Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "Longest wait for one HTTP answer (default: ${DEFAULT-VALUE}).")
    String timeout;

    @CommandLine.Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Attempts per URL on network errors and 429/5xx answers (default: ${DEFAULT-VALUE}).")
    int attempts;

    @CommandLine.Option(names = "--in-time-order", description = "Read every input first, then publish the "
            + "articles earliest first (for backfills: files are read in file order, and the pipeline drops "
            + "contact reports that arrive more than dyads.grace.ms behind the news already seen). Holds all "
            + "articles in memory; not with --follow.")
    boolean inTimeOrder;

    @CommandLine.Option(names = "--no-progress", description = "Print no progress line.")
    boolean noProgress;

    @CommandLine.Option(names = "--no-create-topics", description = "Do not create articles-raw and articles-dlq "
            + "when missing (for clusters where topics are managed centrally).")
    boolean noCreateTopics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Counted down to stop following; the summary is printed when {@link #reported} is counted down. */
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch reported = new CountDownLatch(1);

    @Override
    public Integer call() {
        try {
            return ingest();
        } finally {
            reported.countDown();
        }
    }

    private int ingest() {
        if (follow && inTimeOrder) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--in-time-order reads everything before publishing and cannot be used with --follow");
        }
        DyadwatchConfig config = cluster.toConfig();
        Duration pollInterval = Durations.parse("--interval", interval);
        ArticleInputs.Builder reading = ArticleInputs.builder()
                .maxFileBytes(Durations.parseBytes("--max-file-size", maxFileSize))
                .fetchSettings(FetchSettings.defaults()
                        .withTimeouts(Duration.ofSeconds(10), Durations.parse("--timeout", timeout))
                        .withRetries(attempts, Duration.ofSeconds(1))
                        .withPerHostInterval(Durations.parse("--fetch-interval", fetchInterval)));
        if (parallelism != null) {
            reading.parallelism(parallelism);
        }
        SchemaRegistryClient registry = RunCommand.connectRegistry(config);
        IngestTopics.ensure(config, !noCreateTopics, Duration.ofSeconds(60));
        Topics topics = Topics.create(config, registry);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FollowState state = follow ? FollowState.load(stateDir == null ? config.stateDir().resolve("ingest")
                : stateDir, Clock.systemUTC(), Duration.ofDays(90), 1_000_000) : null;
        try (ArticlePublisher publisher = ArticlePublisher.create(config.kafkaClientProperties(), topics,
                state == null ? article -> { } : state::rememberArticle);
                IngestProgress progress = IngestProgress.start(publisher, err, !noProgress)) {
            if (state == null && inTimeOrder) {
                TimeOrderedSink ordered = new TimeOrderedSink(publisher);
                reading.build().read(inputs, ordered);
                ordered.release();
            } else if (state == null) {
                reading.build().read(inputs, publisher);
            } else {
                reading.linkMemory(state).validatorStore(state);
                followUntilStopped(reading.build(), publisher, state, pollInterval, err);
            }
            PublishSummary summary = publisher.finish();
            progress.stop();
            report(summary, out, err);
            return summary.clean() ? 0 : 1;
        }
    }

    private void followUntilStopped(ArticleInputs reader, ArticlePublisher publisher, FollowState state,
            Duration pollInterval, PrintWriter err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                // Let the poll under way finish, its articles be acknowledged, the state saved, the summary printed.
                reported.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dyadwatch-ingest-shutdown"));
        err.printf("dyadwatch ingest: following %d input%s every %s; state in %s; stop with Ctrl-C%n",
                inputs.size(), inputs.size() == 1 ? "" : "s", Durations.format(pollInterval), state.file());
        err.flush();
        try {
            new Follower(reader, publisher, state, inputs, pollInterval).run(stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(PublishSummary summary, PrintWriter out, PrintWriter err) {
        List<InputFailure> failures = summary.failures();
        for (int i = 0; i < Math.min(failures.size(), LISTED_FAILURES); i++) {
            err.println("FAILED " + failures.get(i));
        }
        long unlisted = summary.failed() + summary.publishErrors() - Math.min(failures.size(), LISTED_FAILURES);
        if (unlisted > 0) {
            err.printf("... and %,d more failures (all are on the dead-letter topic)%n", unlisted);
        }
        err.flush();
        out.println("ingest: " + summary.describe());
        out.flush();
    }

    /** Durations and sizes as people type them. */
    static final class Durations {

        private Durations() {
        }

        /** "250ms", "90s", "5m", "1h", or a number of seconds. */
        static Duration parse(String option, String text) {
            String value = text.strip().toLowerCase(Locale.ROOT);
            try {
                if (value.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
                }
                char unit = value.charAt(value.length() - 1);
                String number = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1).strip();
                long amount = Long.parseLong(number);
                return switch (unit) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> {
                        if (!Character.isDigit(unit)) {
                            throw new NumberFormatException(text);
                        }
                        yield Duration.ofSeconds(amount);
                    }
                };
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new CommandLine.ParameterException(new CommandLine(new IngestCommand()),
                        option + " must be a duration such as 500ms, 30s, 5m or 1h, got '" + text + "'");
            }
        }

        /** "8MiB", "512KB", "1048576". */
        static long parseBytes(String option, String text) {
            String value = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
            long factor = 1;
            for (String[] unit : new String[][] {{"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"},
                    {"KB", "1000"}, {"MB", "1000000"}, {"GB", "1000000000"}, {"B", "1"}}) {
                if (value.endsWith(unit[0])) {
                    factor = Long.parseLong(unit[1]);
                    value = value.substring(0, value.length() - unit[0].length());
                    break;
                }
            }
            try {
                long bytes = Long.parseLong(value) * factor;
                if (bytes <= 0) {
                    throw new NumberFormatException(text);
                }
                return bytes;
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(new CommandLine(new IngestCommand()),
                        option + " must be a size such as 8MiB or 500KB, got '" + text + "'");
            }
        }

        static String format(Duration duration) {
            long seconds = duration.toSeconds();
            return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m"
                    : seconds + "s";
        }
    }
}
