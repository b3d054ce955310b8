package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;

/**
 * What the dyad stage's internal topic carries, per upstream task and partition in article order: each article's
 * contact reports, then the article's tick. Serialized by {@link DyadInputSerde}.
 */
sealed interface DyadInput permits DyadInput.Contact, DyadInput.Article, DyadInput.Ticks {

    /** A contact report of an article, sent to the partition that owns its dyad. */
    record Contact(ContactEvent event) implements DyadInput {
    }

    /**
     * A unique article: one unit of news volume, and a co-mention of every pair of countries it names. Written to
     * the partitions that receive a contact or own a pair of the article; read also as an older pipeline wrote it,
     * to every partition.
     *
     * @param destination the partition to write it to, or -1 for every partition (not on the wire)
     */
    record Article(ArticleTick tick, int destination) implements DyadInput {
    }

    /**
     * The publication times of consecutive articles of one upstream partition that sent this partition nothing
     * else (no contact, no pair it owns), in their order: read as that many {@link Article}s naming no pair.
     *
     * @param source the upstream partition
     * @param times publication times, epoch millis, in the order the articles were handed on
     * @param destination the partition to write it to (not on the wire)
     */
    record Ticks(int source, long[] times, int destination) implements DyadInput {
    }
}
