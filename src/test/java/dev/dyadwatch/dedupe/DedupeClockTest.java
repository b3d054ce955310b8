package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.RawArticle;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DedupeClockTest {

    private static final Instant FETCHED = Instant.parse("2024-03-12T10:00:00Z");

    private static RawArticle publishedAt(Instant published) {
        return RawArticle.newBuilder(TestArticles.article("a", "t", "s", "text", published))
                .setFetchedAt(FETCHED).build();
    }

    @Test
    void shouldUseThePublicationTime() {
        Instant published = FETCHED.minusSeconds(7200);
        assertThat(DedupeClock.eventTime(publishedAt(published))).isEqualTo(published.toEpochMilli());
    }

    @Test
    void shouldCapAPublicationTimeLaterThanADayAfterFetching() {
        assertThat(DedupeClock.eventTime(publishedAt(Instant.parse("2099-01-01T00:00:00Z"))))
                .isEqualTo(FETCHED.plus(DedupeClock.FUTURE_TOLERANCE).toEpochMilli());
        Instant timeZoneSlip = FETCHED.plusSeconds(9 * 3600);
        assertThat(DedupeClock.eventTime(publishedAt(timeZoneSlip))).isEqualTo(timeZoneSlip.toEpochMilli());
    }

    @Test
    void shouldStampArticleRecordsWithTheEventTimeAndLeaveOthersAlone() {
        DedupeClock clock = new DedupeClock();
        Instant published = FETCHED.minusSeconds(60);
        ConsumerRecord<Object, Object> article = new ConsumerRecord<>("articles-raw", 0, 0, 5L, null, 0, 0, "a",
                publishedAt(published), new org.apache.kafka.common.header.internals.RecordHeaders(),
                java.util.Optional.empty());
        assertThat(clock.extract(article, 1L)).isEqualTo(published.toEpochMilli());
        ConsumerRecord<Object, Object> unreadable = new ConsumerRecord<>("articles-raw", 0, 1, "k", null);
        assertThat(clock.extract(unreadable, 77L)).isEqualTo(77L);
    }
}
