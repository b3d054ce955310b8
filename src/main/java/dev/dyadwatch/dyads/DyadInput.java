package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;

/** The three inputs of the dyad stage, merged into one stream before the processor; never serialized. */
sealed interface DyadInput permits DyadInput.Contact, DyadInput.CoMention, DyadInput.Article {

    /** A contact report from contact-events. */
    record Contact(ContactEvent event) implements DyadInput {
    }

    /** An article naming both countries of the record's dyad. */
    record CoMention(long publishedAt) implements DyadInput {
    }

    /** Any unique article: one unit of news volume. */
    record Article(long publishedAt) implements DyadInput {
    }
}
