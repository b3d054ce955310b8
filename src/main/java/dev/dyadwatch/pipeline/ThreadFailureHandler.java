package dev.dyadwatch.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a failed stream thread until {@code maxFailures} threads have failed within {@code window}; then
 * shuts this application instance down, so a persistent fault stops the process instead of looping.
 */
public final class ThreadFailureHandler implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadFailureHandler.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Long> failures = new ArrayDeque<>();

    public ThreadFailureHandler(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
        long now = clock.millis();
        failures.addLast(now);
        while (!failures.isEmpty() && failures.peekFirst() <= now - window.toMillis()) {
            failures.removeFirst();
        }
        if (failures.size() >= maxFailures) {
            LOG.error("{} stream thread failures within {}; shutting down. Last failure:", failures.size(), window,
                    exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.error("Stream thread failed ({} of {} tolerated within {}); replacing it:", failures.size(),
                maxFailures - 1, window, exception);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
