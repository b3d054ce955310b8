package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;

/**
 * What the dyad stage's internal topic carries: each article's contact reports, then the article's tick. One
 * upstream task writes both in article order, so a task that has read an article's tick has read its contacts.
 * Serialized by {@link DyadInputSerde}.
 */
sealed interface DyadInput permits DyadInput.Contact, DyadInput.Article {

    /** A contact report of an article, sent to the partition that owns its dyad. */
    record Contact(ContactEvent event) implements DyadInput {
    }

    /** Any unique article: one unit of news volume, and a co-mention of every pair of countries it names. */
    record Article(ArticleTick tick) implements DyadInput {
    }
}
