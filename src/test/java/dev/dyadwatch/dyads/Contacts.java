package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import java.time.Instant;

/** Contact reports written for tests: a Pakistan-Russia telephone call unless told otherwise. */
final class Contacts {

    static final Actor SHARIF = actor("PAK.PM.shehbaz-sharif", "Shehbaz Sharif", "PAK", ActorRole.HEAD_OF_GOVERNMENT);
    static final Actor DAR = actor("PAK.FM.ishaq-dar", "Ishaq Dar", "PAK", ActorRole.FOREIGN_MINISTER);
    static final Actor PUTIN = actor("RUS.HOS.vladimir-putin", "Vladimir Putin", "RUS", ActorRole.HEAD_OF_STATE);
    static final Actor LAVROV = actor("RUS.FM.sergey-lavrov", "Sergey Lavrov", "RUS", ActorRole.FOREIGN_MINISTER);
    static final Actor ISLAMABAD = actor("PAK.GOV", "Government of Pakistan", "PAK", ActorRole.GOVERNMENT);
    static final Actor MOSCOW = actor("RUS.GOV", "Government of Russia", "RUS", ActorRole.GOVERNMENT);

    private Contacts() {
    }

    static Actor actor(String id, String name, String country, ActorRole role) {
        return Actor.newBuilder().setId(id).setName(name).setCountry(country).setRole(role).build();
    }

    /** A call between Sharif and Putin reported by {@code source}, published at {@code published}, undated. */
    static ContactEvent.Builder call(String eventId, String source, Instant published) {
        return ContactEvent.newBuilder()
                .setEventId(eventId)
                .setArticleId("article-" + eventId)
                .setStoryId("article-" + eventId)
                .setDyad("PAK-RUS")
                .setType(ContactType.TELEPHONE)
                .setCameo("041")
                .setPlover("CONSULT/phone")
                .setActorA(SHARIF)
                .setActorB(PUTIN)
                .setDirected(false)
                .setStatus(ContactStatus.OCCURRED)
                .setEventDate(null)
                .setDateGranularity(DateGranularity.PUBLICATION)
                .setMultilateral(false)
                .setSentence("Prime Minister Shehbaz Sharif spoke with President Vladimir Putin by telephone.")
                .setSentenceIndex(0)
                .setSentenceStart(0)
                .setSentenceEnd(80)
                .setTrigger("spoke by telephone")
                .setConfidence(0.9)
                .setArticleTitle("Sharif and Putin discuss trade by phone")
                .setUrl("https://" + source + ".example/" + eventId)
                .setSource(source)
                .setPublishedAt(published);
    }

    /** The same call dated by the text to {@code day} (start of a UTC day). */
    static ContactEvent.Builder datedCall(String eventId, String source, Instant published, Instant day) {
        return call(eventId, source, published).setEventDate(day).setDateGranularity(DateGranularity.DAY);
    }
}
