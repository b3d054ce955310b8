package dev.dyadwatch.cli;

import dev.dyadwatch.ingest.publish.ArticlePublisher;
import dev.dyadwatch.ingest.publish.PublishSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * The progress line of a long {@code ingest} run on stderr: articles published, their rate, inputs failed and
 * skipped so far. On a terminal the line is redrawn in place four times a second; otherwise (a log file, a pipe) a
 * line is printed every ten seconds when something happened since the last one. Runs shorter than a second print
 * nothing.
 */
final class IngestProgress implements AutoCloseable {

    private static final Duration QUIET_START = Duration.ofSeconds(1);

    private final ArticlePublisher publisher;
    private final PrintWriter err;
    private final boolean terminal;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean drawn;
    private long lastDone;

    private IngestProgress(ArticlePublisher publisher, PrintWriter err, boolean terminal) {
        this.publisher = publisher;
        this.err = err;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "dyadwatch-ingest-progress");
        this.thread.setDaemon(true);
    }

    /** Starts reporting; {@code enabled} false gives a reporter that prints nothing. */
    static IngestProgress start(ArticlePublisher publisher, PrintWriter err, boolean enabled) {
        IngestProgress progress = new IngestProgress(publisher, err, System.console() != null);
        if (enabled) {
            progress.thread.start();
        }
        return progress;
    }

    private void loop() {
        Duration interval = terminal ? Duration.ofMillis(250) : Duration.ofSeconds(10);
        try {
            Thread.sleep(QUIET_START.toMillis());
            while (running) {
                draw();
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        PublishSummary now = publisher.snapshot();
        long done = now.published() + now.failed() + now.publishErrors() + now.skipped();
        if (!terminal && done == lastDone) {
            // A log gets a line only when something happened.
            return;
        }
        lastDone = done;
        String line = line(now);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }

    /** "ingest: 12,345 published  4,321.0 articles/s  3 failed  12 skipped  1m02s". */
    static String line(PublishSummary now) {
        long seconds = now.elapsed().toSeconds();
        return String.format(Locale.ROOT, "ingest: %,d published  %,.1f articles/s  %,d failed  %,d skipped  %dm%02ds",
                now.published(), now.articlesPerSecond(), now.failed() + now.publishErrors(), now.skipped(),
                seconds / 60, seconds % 60);
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops reporting and ends the progress line; further calls do nothing. */
    void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn && terminal) {
                err.println();
                err.flush();
            }
        }
    }
}
