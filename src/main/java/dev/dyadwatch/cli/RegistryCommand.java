package dev.dyadwatch.cli;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyadwatch registry}: the embedded Confluent-compatible schema registry as a standalone server, its
 * schemas kept in a compacted topic of the given cluster.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Run a Confluent-compatible schema registry that keeps its schemas in a Kafka topic.")
final class RegistryCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ClusterOptions cluster;

    @CommandLine.Option(names = "--port", paramLabel = "PORT", defaultValue = "8081",
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @CommandLine.Option(names = "--registry-topic", paramLabel = "TOPIC",
            description = "Compacted topic holding the schemas (default _schemas).")
    String topic;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<Option, String> flags = new EnumMap<>(Option.class);
        flags.put(Option.REGISTRY_TOPIC, topic);
        DyadwatchConfig config = cluster.toConfig(flags);
        String userInfo = config.get(Option.REGISTRY_SERVER_USER_INFO);
        EmbeddedRegistry registry = EmbeddedRegistry.startOnKafka(config.kafkaClientProperties(),
                config.registryTopic(), config.topicReplicationFactor(), host, port,
                userInfo.isEmpty() ? null : userInfo);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            registry.close();
            stopped.countDown();
        }, "dyadwatch-registry-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Schema registry listening on %s (schemas in topic %s at %s%s); stop with Ctrl-C%n",
                registry.url(), config.registryTopic(), config.bootstrapServers(),
                userInfo.isEmpty() ? "" : ", basic auth required");
        out.flush();
        stopped.await();
        return 0;
    }
}
