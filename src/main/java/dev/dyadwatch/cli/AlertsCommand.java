package dev.dyadwatch.cli;

import dev.dyadwatch.alerts.AlertFormatter;
import dev.dyadwatch.alerts.AlertWatcher;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.topics.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch alerts}: the monitoring team's view of the alerts of a running pipeline. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Show the current alert of every dyad (read from the start of the compacted alerts topic), "
                + "open alerts first; with --follow, then print every update as it is published, until Ctrl-C. "
                + "Text for people by default; --json prints one JSON object per alert line on stdout (logs go to "
                + "stderr).")
final class AlertsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ClusterOptions cluster;

    @CommandLine.Option(names = {"-f", "--follow"}, description = "Keep printing updates as they arrive.")
    boolean follow;

    @CommandLine.Option(names = "--json", description = "One JSON object per alert, one per line.")
    boolean json;

    @CommandLine.Option(names = "--evidence", paramLabel = "N", defaultValue = "3",
            description = "Evidence lines shown per alert in text (default ${DEFAULT-VALUE}).")
    int evidence;

    @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the cluster and the topic (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DyadwatchConfig config = cluster.toConfig();
        Topics topics = Topics.create(config, RunCommand.connectRegistry(config));
        PrintWriter out = spec.commandLine().getOut();
        AlertFormatter formatter = new AlertFormatter(Math.max(0, evidence));
        CountDownLatch done = new CountDownLatch(1);
        try (AlertWatcher watcher = new AlertWatcher(config.kafkaClientProperties(), topics.alerts())) {
            Thread stopper = new Thread(() -> {
                watcher.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "dyadwatch-alerts-shutdown");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                List<DyadAlert> current = new ArrayList<>(watcher.current(Duration.ofSeconds(timeoutSeconds))
                        .values());
                current.sort(Comparator.comparingInt((DyadAlert a) -> rank(a.getStatus()))
                        .thenComparing(DyadAlert::getUpdatedAt, Comparator.reverseOrder()));
                if (!json) {
                    long open = current.stream().filter(a -> rank(a.getStatus()) == 0).count();
                    out.printf("%d dyad%s with alerts, %d open (%s at %s)%n%n", current.size(),
                            current.size() == 1 ? "" : "s", open, topics.alerts().name(), config.bootstrapServers());
                }
                current.forEach(alert -> print(out, formatter, alert));
                out.flush();
                if (follow) {
                    if (!json) {
                        out.printf("Following %s; stop with Ctrl-C%n%n", topics.alerts().name());
                        out.flush();
                    }
                    watcher.follow(alert -> {
                        print(out, formatter, alert);
                        out.flush();
                    });
                }
            } finally {
                done.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException e) {
                    // Ctrl-C ended us: the hook is running already and now finds us done.
                    out.flush();
                }
            }
        }
        return 0;
    }

    private void print(PrintWriter out, AlertFormatter formatter, DyadAlert alert) {
        if (json) {
            out.println(formatter.json(alert));
        } else {
            out.println(formatter.text(alert));
        }
    }

    /** Open alerts first, then resolved, then retracted. */
    private static int rank(AlertStatus status) {
        return switch (status) {
            case OPENED, ESCALATED -> 0;
            case RESOLVED -> 1;
            default -> 2;
        };
    }
}
