package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.RawArticle;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything {@link ArticleInputs} hands over, in order, for tests to inspect. */
public final class CollectingSink implements ArticleSink {

    /** A skipped input. */
    public record Skipped(String origin, String reason) {
    }

    public final List<RawArticle> articles = new ArrayList<>();
    public final List<InputFailure> failures = new ArrayList<>();
    public final List<Skipped> skipped = new ArrayList<>();

    @Override
    public void accept(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void reject(InputFailure failure) {
        failures.add(failure);
    }

    @Override
    public void skip(String origin, String reason) {
        skipped.add(new Skipped(origin, reason));
    }

    public RawArticle only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; failures " + failures);
        }
        return articles.get(0);
    }

    public List<String> titles() {
        return articles.stream().map(RawArticle::getTitle).toList();
    }

    public List<String> failureReasons() {
        return failures.stream().map(InputFailure::toString).toList();
    }
}
