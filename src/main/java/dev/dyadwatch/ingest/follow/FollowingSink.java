package dev.dyadwatch.ingest.follow;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;

/**
 * Passes on to the publisher only what is new since the last poll: articles whose id was published before and
 * failures already dead-lettered are skipped. What the publisher acknowledges is remembered by the
 * {@link FollowState} through the publisher's callback; failures are remembered here, once passed on.
 */
public final class FollowingSink implements ArticleSink {

    private final ArticleSink publisher;
    private final FollowState state;

    public FollowingSink(ArticleSink publisher, FollowState state) {
        this.publisher = publisher;
        this.state = state;
    }

    @Override
    public void accept(RawArticle article) {
        if (state.seenArticle(article.getId())) {
            publisher.skip(article.getOrigin(), "already published");
        } else {
            publisher.accept(article);
        }
    }

    @Override
    public void reject(InputFailure failure) {
        if (state.seenFailure(failure.origin(), failure.reason())) {
            publisher.skip(failure.origin(), "failed before: " + failure.reason());
            return;
        }
        publisher.reject(failure);
        state.rememberFailure(failure.origin(), failure.reason());
    }

    @Override
    public void skip(String origin, String reason) {
        publisher.skip(origin, reason);
    }
}
