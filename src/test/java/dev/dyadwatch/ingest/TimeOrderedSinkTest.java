package dev.dyadwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderedSinkTest {

    static RawArticle article(String id, String publishedAt) {
        return RawArticle.newBuilder().setId(id).setTitle(id).setText("text " + id).setSource("s")
                .setPublishedAt(Instant.parse(publishedAt)).setPublishedAtSource(TimeSource.INPUT_FIELD)
                .setFetchedAt(Instant.parse("2025-06-01T00:00:00Z")).setInputFormat(InputFormat.JSONL)
                .setOrigin("o").setContentHash(id).build();
    }

    @Test
    void shouldHoldArticlesUntilReleasedAndHandThemOnInPublicationOrder() {
        List<String> seen = new ArrayList<>();
        TimeOrderedSink sink = new TimeOrderedSink(new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                seen.add(article.getId());
            }

            @Override
            public void reject(InputFailure failure) {
                seen.add("failed " + failure.origin());
            }
        });
        sink.accept(article("may", "2025-05-01T00:00:00Z"));
        sink.accept(article("feb-b", "2025-02-01T00:00:00Z"));
        sink.reject(new InputFailure("bad.html", "binary", null, null));
        sink.accept(article("feb-a", "2025-02-01T00:00:00Z"));
        assertThat(seen).containsExactly("failed bad.html");
        assertThat(sink.release()).isEqualTo(3);
        assertThat(seen).containsExactly("failed bad.html", "feb-a", "feb-b", "may");
        assertThat(sink.release()).isZero();
    }
}
