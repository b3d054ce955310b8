package dev.dyadwatch.cli;

import dev.dyadwatch.config.ConfigLoader;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.pipeline.PipelineRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch demo}: the whole pipeline on one machine with nothing installed: embedded broker and
 * registry, every topic, every topology.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on an embedded Kafka broker and schema registry.")
final class DemoCommand implements Callable<Integer> {

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
        EmbeddedKafka.Options kafkaOptions = EmbeddedKafka.Options.defaults().withPort(port)
                .withDataDir(root.resolve("kafka"));
        PrintWriter err = spec.commandLine().getErr();
        EmbeddedStack stack = EmbeddedStack.start(kafkaOptions, registryPort, base);
        PipelineRunner runner = null;
        try {
            runner = PipelineRunner.create(stack.config(), stack.topics());
            PipelineRunner pipeline = runner;
            Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> shutDown(pipeline, stack, root), "dyadwatch-demo-shutdown"));
            runner.start(false, Duration.ofMinutes(2));
            err.printf("dyadwatch demo is running:%n  Kafka bootstrap servers  %s%n  schema registry          %s%n"
                    + "  topics                   %d created or found%n  data                     %s%s%n"
                    + "Attach other clients to these addresses; stop with Ctrl-C.%n",
                    stack.config().bootstrapServers(), stack.config().schemaRegistryUrl(),
                    stack.createdTopics().size(), root, dataDir == null ? " (deleted on exit)" : "");
            err.flush();
            runner.awaitStop(Duration.ofDays(365_000));
            return runner.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
        } finally {
            shutDown(runner, stack, root);
        }
    }

    /** Stops the pipeline, then the registry and broker; deletes a temporary data directory. Idempotent. */
    private synchronized void shutDown(PipelineRunner runner, EmbeddedStack stack, Path root) {
        if (stopped) {
            return;
        }
        stopped = true;
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
            throw new java.io.UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
