package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.RawArticle;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Dedupe's event time: an article's publication time, but never more than a day after it was fetched.
 *
 * <p>Event time drives the horizon: an article is compared with those published within the horizon of it, and
 * state older than the horizon behind the latest event time is dropped. One page claiming a date years ahead
 * would otherwise push event time forward and expire every article remembered, so a publication time later than the
 * fetch time plus a day (more than any time-zone slip) is taken as the fetch time plus a day.
 */
public final class DedupeClock implements TimestampExtractor {

    /** How far after its fetch time an article's publication time is believed. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** The dedupe event time of {@code article}, epoch millis. */
    public static long eventTime(RawArticle article) {
        long published = article.getPublishedAt().toEpochMilli();
        long latest = article.getFetchedAt().toEpochMilli() + FUTURE_TOLERANCE.toMillis();
        return Math.min(published, latest);
    }

    /** Record timestamps of {@code articles-raw}: the event time; records that are not articles keep theirs. */
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof RawArticle article && article.getPublishedAt() != null
                && article.getFetchedAt() != null) {
            return eventTime(article);
        }
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
