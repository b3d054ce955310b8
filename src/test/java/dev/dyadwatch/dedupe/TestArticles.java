package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.dedupe.quality.ContentHashes;
import dev.dyadwatch.dedupe.quality.LabelledPairs;
import java.time.Duration;
import java.time.Instant;

/** Articles for dedupe tests, from the labelled set or written inline. */
final class TestArticles {

    static final LabelledPairs PAIRS = LabelledPairs.load();

    private TestArticles() {
    }

    /** An article of the labelled set, with its id, published at {@code published}. */
    static RawArticle labelled(String name, String id, Instant published) {
        LabelledPairs.Article article = PAIRS.articles().get(name);
        if (article == null) {
            throw new IllegalArgumentException("no labelled article " + name);
        }
        return article(id, article.title(), article.source(), article.text(), published);
    }

    static RawArticle article(String id, String title, String source, String text, Instant published) {
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setCanonicalUrl("https://news.example/" + id)
                .setTitle(title)
                .setText(text)
                .setSource(source)
                .setPublishedAt(published)
                .setPublishedAtSource(TimeSource.PAGE_METADATA)
                .setFetchedAt(published.plus(Duration.ofMinutes(5)))
                .setInputFormat(InputFormat.HTML)
                .setOrigin("test")
                .setContentHash(ContentHashes.of(text))
                .build();
    }
}
