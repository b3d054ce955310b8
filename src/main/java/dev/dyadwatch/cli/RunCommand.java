package dev.dyadwatch.cli;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.pipeline.PipelineRunner;
import dev.dyadwatch.registry.RegistryClientConfig;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch run}: the topologies against a running cluster and registry. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every dyadwatch topology as one Kafka Streams application against a cluster.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ClusterOptions cluster;

    @CommandLine.Option(names = "--state-dir", paramLabel = "DIR", description = "Directory for local state stores.")
    Path stateDir;

    @CommandLine.Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application id.")
    String applicationId;

    @CommandLine.Option(names = "--reset-state", description = "Wipe this instance's local state before starting "
            + "(it is rebuilt from the changelog topics).")
    boolean resetState;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<Option, String> flags = new EnumMap<>(Option.class);
        flags.put(Option.STATE_DIR, stateDir == null ? null : stateDir.toString());
        flags.put(Option.APPLICATION_ID, applicationId);
        DyadwatchConfig config = cluster.toConfig(flags);
        SchemaRegistryClient registry = connectRegistry(config);
        try (PipelineRunner runner = PipelineRunner.create(config, Topics.create(config, registry))) {
            Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "dyadwatch-shutdown"));
            runner.start(resetState, Duration.ofMinutes(2));
            spec.commandLine().getErr().printf("dyadwatch is running (application %s, Kafka %s, registry %s); "
                    + "stop with Ctrl-C or SIGTERM%n", config.applicationId(), config.bootstrapServers(),
                    config.schemaRegistryUrl());
            runner.awaitStop(Duration.ofDays(365_000));
            return runner.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
        }
    }

    /**
     * A registry client that has answered once: an unreachable registry fails here, after the client's
     * retries, with a message naming it, instead of failing later inside a stream thread.
     */
    static SchemaRegistryClient connectRegistry(DyadwatchConfig config) {
        SchemaRegistryClient registry =
                new SchemaRegistryClient(RegistryClientConfig.fromProperties(config.registryClientProperties()));
        registry.subjects();
        return registry;
    }
}
