package dev.dyadwatch.ingest.publish;

import dev.dyadwatch.ingest.InputFailure;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a publishing run did.
 *
 * @param published articles acknowledged by the broker on {@code articles-raw}
 * @param failed inputs that could not be read (each also on {@code articles-dlq})
 * @param publishErrors articles or dead letters the broker did not accept
 * @param skipped inputs passed over (not articles, unchanged feeds, already published)
 * @param bytes bytes of article text published
 * @param elapsed time since the publisher started
 * @param failures the failed inputs and why (the first {@link ArticlePublisher#MAX_REPORTED_FAILURES})
 */
public record PublishSummary(long published, long failed, long publishErrors, long skipped, long bytes,
        Duration elapsed, List<InputFailure> failures) {

    /** Articles per second over the whole run. */
    public double articlesPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return published / seconds;
    }

    /** Whether every input was read and published. */
    public boolean clean() {
        return failed == 0 && publishErrors == 0;
    }

    /** "1,204 articles published (845.2/s), 3 inputs failed, 12 skipped, 4.8 MB of text in 1.4 s". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d articles published (%.1f/s), %,d input%s failed, %,d skipped, "
                + "%.1f MB of text in %.1f s%s", published, articlesPerSecond(), failed, failed == 1 ? "" : "s",
                skipped, bytes / 1e6, elapsed.toMillis() / 1000.0,
                publishErrors > 0 ? ", " + publishErrors + " not accepted by the broker" : "");
    }
}
