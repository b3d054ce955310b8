package dev.dyadwatch.pipeline;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the dyadwatch topology: starts Kafka Streams, waits until it is running, and closes it cleanly.
 * Local state is wiped only when asked ({@code resetState}).
 */
public final class PipelineRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PipelineRunner(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Builds the application; call {@link #start} to run it. */
    public static PipelineRunner create(DyadwatchConfig config, Topics topics) {
        Properties props = StreamsSettings.properties(config, topics.articlesDlq());
        Topology topology = Pipeline.build(config, topics, props);
        LOG.debug("Topology:\n{}", topology.describe());
        KafkaStreams streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(new ThreadFailureHandler(config.threadFailuresMax(),
                config.threadFailuresWindow(), Clock.systemUTC()));
        PipelineRunner runner = new PipelineRunner(streams);
        streams.setStateListener((now, before) -> {
            LOG.info("Pipeline {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                runner.stopped.countDown();
            }
        });
        return runner;
    }

    /**
     * Starts the application and waits until every task is running.
     *
     * @param resetState wipe this instance's local state stores first (they are rebuilt from changelogs)
     */
    public void start(boolean resetState, Duration timeout) throws InterruptedException {
        if (resetState) {
            streams.cleanUp();
        }
        streams.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING
                    || streams.state() == KafkaStreams.State.PENDING_SHUTDOWN) {
                throw new IllegalStateException("pipeline stopped while starting (state " + streams.state() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pipeline not running after " + timeout.toSeconds()
                        + " s (state " + streams.state() + "); is the cluster reachable and are the topics created?");
            }
            Thread.sleep(50);
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Blocks until the application stops by itself (fatal error) or is closed; true when stopped. */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!streams.close(Duration.ofSeconds(30))) {
            LOG.warn("Pipeline did not stop within 30 s");
        }
        stopped.countDown();
    }
}
