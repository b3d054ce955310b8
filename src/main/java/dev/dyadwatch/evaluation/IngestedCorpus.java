package dev.dyadwatch.evaluation;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.ingest.clean.CanonicalUrl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Articles read exactly as {@code dyadwatch ingest} reads them (cleaning, identity, publication time), kept in
 * memory; an input that fails makes the evaluation fail, since a score over part of a corpus would mislead.
 */
final class IngestedCorpus {

    private IngestedCorpus() {
    }

    static List<RawArticle> read(List<String> inputs) throws IOException {
        List<RawArticle> articles = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        ArticleInputs.withDefaults().read(inputs, new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                articles.add(article);
            }

            @Override
            public void reject(InputFailure failure) {
                failures.add(failure);
            }
        });
        if (!failures.isEmpty()) {
            throw new IOException(failures.size() + " input(s) could not be read, the first: " + failures.get(0));
        }
        return articles;
    }

    /**
     * Drops the articles the truth marks as syndicated copies, as the dedupe stage would. A copy is found by its
     * canonical URL, or by its title when its file gives no URL (scraped text); every copy must be found exactly
     * once, or the truth and the articles disagree.
     *
     * @param copies URL and title of each copy, as the truth gives them
     */
    static List<RawArticle> withoutCopies(List<RawArticle> articles, Map<String, String> copies) throws IOException {
        Set<String> urls = new HashSet<>();
        Set<String> titles = new HashSet<>();
        copies.forEach((url, title) -> {
            urls.add(CanonicalUrl.of(url).orElse(url));
            titles.add(title.strip());
        });
        List<RawArticle> kept = new ArrayList<>(articles.size());
        for (RawArticle article : articles) {
            String url = article.getCanonicalUrl();
            boolean copy = url != null && !url.isEmpty() ? urls.contains(url)
                    : titles.contains(article.getTitle().strip());
            if (!copy) {
                kept.add(article);
            }
        }
        int dropped = articles.size() - kept.size();
        if (dropped != copies.size()) {
            throw new IOException("the truth marks " + copies.size() + " copies but " + dropped
                    + " of the articles read match them");
        }
        return kept;
    }
}
