package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.time.Instant;

/** Articles for tests, written for the project. */
final class Articles {

    private Articles() {
    }

    static RawArticle article(String published, String title, String text) {
        return article(published, title, text, null);
    }

    static RawArticle article(String published, String title, String text, String language) {
        Instant at = Instant.parse(published);
        return RawArticle.newBuilder().setId("test-" + Math.abs((title + text).hashCode())).setUrl(null)
                .setCanonicalUrl(null).setTitle(title).setText(text).setDateline(null).setSource("Test Wire")
                .setPublishedAt(at).setPublishedAtSource(TimeSource.INPUT_FIELD).setFetchedAt(at)
                .setLanguage(language).setInputFormat(InputFormat.TEXT).setOrigin("test")
                .setContentHash(Integer.toHexString(text.hashCode())).build();
    }
}
