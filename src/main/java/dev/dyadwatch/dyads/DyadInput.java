package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;

/** The two inputs of the dyad stage, merged into one stream before the processor; never serialized. */
sealed interface DyadInput permits DyadInput.Contact, DyadInput.Article {

    /** A contact report from contact-events. */
    record Contact(ContactEvent event) implements DyadInput {
    }

    /** Any unique article: one unit of news volume, and a co-mention of every pair of countries it names. */
    record Article(ArticleTick tick) implements DyadInput {
    }
}
