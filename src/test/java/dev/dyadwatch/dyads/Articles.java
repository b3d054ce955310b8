package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Enriched articles written for tests: only what the dyad stage reads (time, countries named, contacts) is real.
 */
final class Articles {

    private Articles() {
    }

    /** An article published at {@code published} naming {@code countries}. */
    static EnrichedArticle enriched(String id, Instant published, String... countries) {
        return enriched(id, published, List.of(), countries);
    }

    /** An article published at {@code published} naming {@code countries}, with the contacts coded from it. */
    static EnrichedArticle enriched(String id, Instant published, List<ContactEvent> contacts, String... countries) {
        List<Actor> actors = new ArrayList<>();
        for (String country : countries) {
            actors.add(Actor.newBuilder().setId(country).setName(country).setCountry(country)
                    .setRole(ActorRole.COUNTRY).build());
        }
        RawArticle article = RawArticle.newBuilder()
                .setId(id)
                .setTitle("Article " + id)
                .setText("Text of article " + id + ".")
                .setSource("wire")
                .setPublishedAt(published)
                .setPublishedAtSource(TimeSource.INPUT_FIELD)
                .setFetchedAt(published)
                .setInputFormat(InputFormat.GENERATED)
                .setOrigin("test")
                .setContentHash(id)
                .build();
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setStoryId(id)
                .setSentences(List.of())
                .setActors(actors)
                .setMentions(List.of())
                .setContacts(List.copyOf(contacts))
                .setCodedAt(published)
                .setCoderVersion("test")
                .build();
    }
}
