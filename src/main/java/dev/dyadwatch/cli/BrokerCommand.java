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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafka.Options options = new EmbeddedKafka.Options(port, controllerPort, dataDir, host,
                java.util.Map.of());
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
