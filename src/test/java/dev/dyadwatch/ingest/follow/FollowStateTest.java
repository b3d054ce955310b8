package dev.dyadwatch.ingest.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.CollectingSink;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.ingest.clean.ArticleIdentity;
import dev.dyadwatch.ingest.clean.CanonicalUrl;
import dev.dyadwatch.ingest.fetch.Validators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowStateTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2024-03-05T12:00:00Z"), ZoneOffset.UTC);

    static RawArticle article(String url) {
        String id = ArticleIdentity.id(CanonicalUrl.of(url), "f".repeat(64));
        return RawArticle.newBuilder().setId(id).setUrl(url).setCanonicalUrl(CanonicalUrl.of(url).orElse(null))
                .setTitle("T").setText("Text.").setDateline(null).setSource("S")
                .setPublishedAt(Instant.EPOCH).setPublishedAtSource(TimeSource.FEED).setFetchedAt(Instant.EPOCH)
                .setLanguage(null).setInputFormat(InputFormat.RSS).setOrigin(url).setContentHash("f".repeat(64))
                .build();
    }

    @Test
    void shouldRememberPublishedArticlesAndValidatorsAcrossARestart() {
        FollowState state = FollowState.load(dir, clock, Duration.ofDays(30), 1000);
        state.rememberArticle(article("https://example.org/news/1?utm_source=rss"));
        state.put("https://example.org/feed.xml", new Validators("\"v7\"", "Tue, 05 Mar 2024 10:00:00 GMT"));
        state.save();
        FollowState restarted = FollowState.load(dir, clock, Duration.ofDays(30), 1000);
        assertThat(restarted.seen("https://EXAMPLE.org/news/1#comments")).isTrue();
        assertThat(restarted.seen("https://example.org/news/2")).isFalse();
        assertThat(restarted.seenArticle(article("https://example.org/news/1").getId())).isTrue();
        assertThat(restarted.get("https://example.org/feed.xml"))
                .isEqualTo(new Validators("\"v7\"", "Tue, 05 Mar 2024 10:00:00 GMT"));
        assertThat(restarted.get("https://example.org/other.xml")).isEqualTo(Validators.NONE);
    }

    @Test
    void shouldForgetTheOldestBeyondTheLimitAndWhatIsOlderThanTheRetention() {
        FollowState state = FollowState.load(dir, clock, Duration.ofDays(30), 2);
        state.rememberArticle(article("https://example.org/1"));
        state.rememberArticle(article("https://example.org/2"));
        state.rememberArticle(article("https://example.org/3"));
        assertThat(state.seen("https://example.org/1")).isFalse();
        assertThat(state.seen("https://example.org/2")).isTrue();
        assertThat(state.seen("https://example.org/3")).isTrue();
        state.save();
        Clock later = Clock.offset(clock, Duration.ofDays(31));
        assertThat(FollowState.load(dir, later, Duration.ofDays(30), 2).size()).isZero();
    }

    @Test
    void shouldPassOnOnlyNewArticlesAndNewFailures() {
        FollowState state = FollowState.load(dir, clock, Duration.ofDays(30), 1000);
        CollectingSink publisher = new CollectingSink();
        FollowingSink sink = new FollowingSink(publisher, state);
        RawArticle old = article("https://example.org/old");
        state.rememberArticle(old);
        sink.accept(old);
        sink.accept(article("https://example.org/new"));
        InputFailure failure = new InputFailure("https://example.org/gone", "HTTP 404 Not Found", null, null);
        sink.reject(failure);
        sink.reject(failure);
        assertThat(publisher.articles).extracting(RawArticle::getUrl).containsExactly("https://example.org/new");
        assertThat(publisher.failures).containsExactly(failure);
        assertThat(publisher.skipped).extracting(CollectingSink.Skipped::reason)
                .containsExactly("already published", "failed before: HTTP 404 Not Found");
        assertThat(state.seen("https://example.org/gone")).isFalse();
    }

    @Test
    void shouldRefuseACorruptStateFileInsteadOfForgettingEverything() throws IOException {
        Files.writeString(dir.resolve(FollowState.FILE_NAME), "{\"version\": 1, \"seen\": [");
        assertThatThrownBy(() -> FollowState.load(dir, clock, Duration.ofDays(30), 10))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not valid JSON")
                .hasMessageContaining("move it away");
    }
}
