package dev.dyadwatch.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Spaces requests to each host: a request waits until the host's interval has passed since the previous one. */
final class HostPacer {

    private final Clock clock;
    private final Map<String, Instant> lastRequest = new HashMap<>();

    HostPacer(Clock clock) {
        this.clock = clock;
    }

    /** Waits until {@code host} may be asked again, then marks the request. */
    synchronized void await(String host, Duration interval) throws InterruptedException {
        Instant last = lastRequest.get(host);
        if (last != null) {
            long waitMillis = Duration.between(clock.instant(), last.plus(interval)).toMillis();
            if (waitMillis > 0) {
                Thread.sleep(waitMillis);
            }
        }
        lastRequest.put(host, clock.instant());
    }
}
