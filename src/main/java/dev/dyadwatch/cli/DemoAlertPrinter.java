package dev.dyadwatch.cli;

import dev.dyadwatch.alerts.AlertFormatter;
import dev.dyadwatch.alerts.AlertWatcher;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.pipeline.Pipeline;
import dev.dyadwatch.pipeline.PipelineProgress;
import dev.dyadwatch.topics.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The demo's view of the alerts topic: prints every alert update as it is committed, on its own thread, and
 * tells when everything ingested has been processed and its alerts printed.
 */
final class DemoAlertPrinter implements AutoCloseable {

    private final EmbeddedStack stack;
    private final AlertFormatter formatter;
    private final boolean json;
    private final PrintWriter out;
    private final AlertWatcher watcher;
    private final AtomicInteger printed = new AtomicInteger();
    private final Thread thread;
    private volatile RuntimeException failure;

    DemoAlertPrinter(EmbeddedStack stack, AlertFormatter formatter, boolean json, PrintWriter out) {
        this.stack = stack;
        this.formatter = formatter;
        this.json = json;
        this.out = out;
        this.watcher = new AlertWatcher(stack.config().kafkaClientProperties(), stack.topics().alerts());
        this.thread = new Thread(this::printAll, "dyadwatch-demo-alerts");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    int printed() {
        return printed.get();
    }

    /**
     * Waits until the pipeline has processed every record of its inputs, the dyad stage has had time to evaluate
     * what it held back for lagging partitions, and every alert written since has been printed.
     *
     * @return false when {@code timeout} passed first
     */
    boolean awaitProcessed(String applicationId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Topics topics = stack.topics();
        // The dyad stage holds back evaluation until lagging partitions have been silent for dyads.idle.ms.
        Duration quiet = stack.config().dyadsIdle().plusMillis(2 * stack.config().commitIntervalMs() + 500);
        try (PipelineProgress progress = new PipelineProgress(stack.config().kafkaClientProperties(), applicationId,
                Pipeline.sourceTopics(stack.config(), topics));
                Admin admin = Admin.create(stack.config().kafkaClientProperties())) {
            Map<TopicPartition, Long> lastEnds = null;
            while (System.nanoTime() < deadline) {
                if (failure != null) {
                    throw failure;
                }
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (!progress.awaitCaughtUp(left, Duration.ofMillis(200))) {
                    return false;
                }
                Map<TopicPartition, Long> ends = alertEnds(admin);
                if (ends.equals(lastEnds) && printedUpTo(ends)) {
                    return true;
                }
                lastEnds = ends;
                Thread.sleep(quiet.toMillis());
            }
            return false;
        }
    }

    private boolean printedUpTo(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> read = watcher.positions();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (read.getOrDefault(end.getKey(), 0L) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<TopicPartition, Long> alertEnds(Admin admin) {
        String topic = stack.topics().alerts().name();
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS).forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the end of " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the end of " + topic, e);
        }
    }

    private void printAll() {
        try {
            watcher.current(Duration.ofSeconds(60)).values().forEach(this::print);
            watcher.follow(this::print);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void print(DyadAlert alert) {
        synchronized (out) {
            out.println(json ? formatter.json(alert) : formatter.text(alert));
            out.flush();
        }
        printed.incrementAndGet();
    }

    @Override
    public void close() {
        watcher.stop();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watcher.close();
    }
}
