package dev.dyadwatch.ingest.follow;

import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.publish.ArticlePublisher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Polls inputs on an interval and publishes only what is new: each poll reads every input through a
 * {@link FollowingSink}, waits for the broker's acknowledgements, then saves the {@link FollowState}. The
 * {@link ArticleInputs} must use the same state as its link memory and validator store, so known feed items are not
 * fetched and unchanged feeds cost a 304.
 */
public final class Follower {

    private final ArticleInputs reader;
    private final ArticlePublisher publisher;
    private final FollowState state;
    private final List<String> inputs;
    private final Duration interval;

    public Follower(ArticleInputs reader, ArticlePublisher publisher, FollowState state, List<String> inputs,
            Duration interval) {
        this.reader = reader;
        this.publisher = publisher;
        this.state = state;
        this.inputs = List.copyOf(inputs);
        this.interval = interval;
    }

    /** One poll: read, publish what is new, wait for acknowledgements, save the state. */
    public void pollOnce() {
        reader.read(inputs, new FollowingSink(publisher, state));
        publisher.flush();
        state.save();
    }

    /** Polls until {@code stop} is counted down; the poll under way when it is finishes first. */
    public void run(CountDownLatch stop) throws InterruptedException {
        do {
            pollOnce();
        } while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS));
    }
}
