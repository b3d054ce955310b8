package dev.dyadwatch.cli;

import dev.dyadwatch.embedded.EmbeddedKafka;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch broker}: a single-node KRaft Kafka broker in this process, until Ctrl-C. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a single-node Kafka broker (KRaft, broker and controller in one process) until Ctrl-C.")
final class BrokerCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
            description = "Client port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @CommandLine.Option(names = "--controller-port", paramLabel = "PORT", defaultValue = "0",
            description = "KRaft controller port (default: a free one).")
    int controllerPort;

    @CommandLine.Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Host name to listen on and advertise to clients (default ${DEFAULT-VALUE}).")
    String host;

    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR",
            description = "Log directory, kept across restarts (default: a temporary one, deleted on exit).")
    Path dataDir;

    @CommandLine.Option(names = "--node-id", paramLabel = "ID", defaultValue = "1",
            description = "This node's id in a multi-node cluster (default ${DEFAULT-VALUE}).")
    int nodeId;

    @CommandLine.Option(names = "--controller-quorum-voters", paramLabel = "ID@HOST:PORT,...",
            description = "Every controller of a multi-node cluster, this node included; needs --controller-port "
                    + "and --cluster-id. Without it the broker is a cluster of one.")
    String quorumVoters;

    @CommandLine.Option(names = "--cluster-id", paramLabel = "ID",
            description = "The cluster's id, the same on every node (a base64 UUID, e.g. from "
                    + "'dyadwatch broker --new-cluster-id').")
    String clusterId;

    @CommandLine.Option(names = "--new-cluster-id", description = "Print a new cluster id and exit.")
    boolean newClusterId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (newClusterId) {
            spec.commandLine().getOut().println(org.apache.kafka.common.Uuid.randomUuid());
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (quorumVoters != null && clusterId == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--controller-quorum-voters needs --cluster-id, the same on every node");
        }
        EmbeddedKafka.Options options = new EmbeddedKafka.Options(port, controllerPort, dataDir, host,
                java.util.Map.of(), nodeId, quorumVoters, clusterId);
        EmbeddedKafka kafka = EmbeddedKafka.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "dyadwatch-broker-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Kafka broker listening on %s (data in %s); stop with Ctrl-C%n", kafka.bootstrapServers(),
                kafka.dataDir());
        out.flush();
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (EmbeddedKafka.fault() != null) {
                spec.commandLine().getErr().println("dyadwatch broker: " + EmbeddedKafka.fault());
                kafka.close();
                return 1;
            }
        }
        return 0;
    }
}
