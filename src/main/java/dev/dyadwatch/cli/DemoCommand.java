package dev.dyadwatch.cli;

import dev.dyadwatch.alerts.AlertFormatter;
import dev.dyadwatch.config.ConfigLoader;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.generator.SampleCorpus;
import dev.dyadwatch.ingest.publish.PublishSummary;
import dev.dyadwatch.pipeline.PipelineRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch demo}: the whole pipeline on one machine with nothing installed. Starts the embedded broker
 * and registry, creates the topics, runs every topology, ingests the bundled sample corpus (or the user's
 * {@code --input}) and prints alerts as they fire.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on an embedded Kafka broker and schema registry, ingest the bundled "
                + "sample corpus (or --input), and print alerts as they fire.")
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--input", paramLabel = "PATH|URL", split = ",",
            description = "Articles to ingest instead of the sample corpus: files, folders or URLs in any format "
                    + "'dyadwatch ingest' reads (repeat or separate with commas).")
    List<String> inputs;

    @CommandLine.Option(names = "--json", description = "Print one JSON object per alert on stdout (logs and "
            + "progress go to stderr).")
    boolean json;

    @CommandLine.Option(names = "--exit-when-done", description = "Exit once all input is processed and its "
            + "alerts are printed (0, or 1 when some input could not be read). Without it the demo keeps running "
            + "until Ctrl-C so other clients can attach.")
    boolean exitWhenDone;

    @CommandLine.Option(names = "--evidence", paramLabel = "N", defaultValue = "3",
            description = "Evidence lines printed per alert (default ${DEFAULT-VALUE}).")
    int evidence;

    @CommandLine.Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
            description = "Kafka port other clients can attach to (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "8081",
            description = "Schema registry port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int registryPort;

    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data and the pipeline's state here across runs "
                    + "(default: a temporary directory, deleted on exit).")
    Path dataDir;

    @CommandLine.Option(names = "--reset", description = "Delete --data-dir first and start from nothing.")
    boolean reset;

    @CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with dyadwatch options (the cluster settings are the embedded ones).")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private boolean stopped;

    @Override
    public Integer call() throws Exception {
        Path root = dataDir == null ? Files.createTempDirectory("dyadwatch-demo-") : dataDir;
        if (reset && dataDir != null) {
            deleteRecursively(root);
        }
        Files.createDirectories(root);
        Map<Option, String> flags = new EnumMap<>(Option.class);
        flags.put(Option.STATE_DIR, root.resolve("state").toString());
        DyadwatchConfig base = ConfigLoader.load(configFile, System.getenv(), flags);
        PrintWriter err = spec.commandLine().getErr();
        err.println("dyadwatch demo: starting the embedded Kafka broker and schema registry ...");
        err.flush();
        EmbeddedKafka.Options kafkaOptions = EmbeddedKafka.Options.defaults().withPort(port)
                .withDataDir(root.resolve("kafka"));
        EmbeddedStack stack = EmbeddedStack.start(kafkaOptions, registryPort, base);
        PipelineRunner runner = null;
        DemoAlertPrinter printer = null;
        try {
            runner = PipelineRunner.create(stack.config(), stack.topics());
            printer = new DemoAlertPrinter(stack, new AlertFormatter(Math.max(0, evidence)), json,
                    spec.commandLine().getOut());
            PipelineRunner pipeline = runner;
            DemoAlertPrinter alerts = printer;
            CountDownLatch interrupted = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                interrupted.countDown();
                shutDown(alerts, pipeline, stack, root);
            }, "dyadwatch-demo-shutdown"));
            runner.start(false, Duration.ofMinutes(2));
            printer.start();
            err.printf("dyadwatch demo: pipeline running (Kafka %s, registry %s, data in %s%s)%n",
                    stack.config().bootstrapServers(), stack.config().schemaRegistryUrl(), root,
                    dataDir == null ? ", deleted on exit" : "");
            err.flush();
            List<String> toIngest = inputs == null || inputs.isEmpty() ? sampleCorpus(root) : inputs;
            err.printf("dyadwatch demo: ingesting %s%n", inputs == null || inputs.isEmpty()
                    ? "the bundled sample corpus (" + SampleCorpus.files().size() + " files)" : String.join(", ",
                    toIngest));
            err.flush();
            PublishSummary summary = DemoIngest.ingest(stack, toIngest, err);
            err.println("dyadwatch demo: ingest " + summary.describe());
            err.flush();
            boolean caughtUp = printer.awaitProcessed(stack.config().applicationId(), Duration.ofMinutes(10));
            if (!caughtUp) {
                err.println("dyadwatch demo: the pipeline did not finish processing within 10 minutes");
            }
            err.printf("dyadwatch demo: all input processed; %d alert update%s printed%s%n", printer.printed(),
                    printer.printed() == 1 ? "" : "s", exitWhenDone ? "" : ".\nStill running: attach other clients "
                    + "(dyadwatch alerts --follow --bootstrap-servers " + stack.config().bootstrapServers()
                    + " --schema-registry-url " + stack.config().schemaRegistryUrl() + "), add articles with "
                    + "'dyadwatch ingest', stop with Ctrl-C.");
            err.flush();
            if (exitWhenDone) {
                return !caughtUp || runner.state() == KafkaStreams.State.ERROR ? 2 : summary.clean() ? 0 : 1;
            }
            runner.awaitStop(Duration.ofDays(365_000));
            interrupted.await();
            return runner.state() == KafkaStreams.State.ERROR ? 1 : 0;
        } finally {
            shutDown(printer, runner, stack, root);
        }
    }

    /** The bundled corpus copied out of the jar (with its ground truth beside it): its article files. */
    private static List<String> sampleCorpus(Path root) throws IOException {
        Path dir = SampleCorpus.copyTo(root.resolve("sample-corpus"));
        return SampleCorpus.files().stream().map(name -> dir.resolve(name).toString()).toList();
    }

    /** Stops the printer and the pipeline, then the registry and broker; deletes a temporary data directory. */
    private synchronized void shutDown(DemoAlertPrinter printer, PipelineRunner runner, EmbeddedStack stack,
            Path root) {
        if (stopped) {
            return;
        }
        stopped = true;
        if (printer != null) {
            printer.close();
        }
        if (runner != null) {
            runner.close();
        }
        stack.close();
        if (dataDir == null) {
            deleteRecursively(root);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
