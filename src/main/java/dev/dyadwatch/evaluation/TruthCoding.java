package dev.dyadwatch.evaluation;

import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.dyads.DyadReplay;
import dev.dyadwatch.generator.GeneratedArticle;
import dev.dyadwatch.generator.TruthActor;
import dev.dyadwatch.generator.TruthContact;
import dev.dyadwatch.generator.TruthDistractor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A generated article coded as its ground truth codes it: what a perfect enrich stage would publish. Separates
 * the dyad stage's own errors from the coder's.
 */
public final class TruthCoding {

    private TruthCoding() {
    }

    /** The article as the dyad stage would read it: its countries (contacts and distractors) and contacts. */
    public static DyadReplay.CodedArticle coded(GeneratedArticle article) {
        TreeSet<String> countries = new TreeSet<>();
        for (TruthContact contact : article.contacts()) {
            countries.add(contact.dyad().substring(0, 3));
            countries.add(contact.dyad().substring(4));
        }
        for (TruthDistractor distractor : article.distractors()) {
            countries.add(distractor.dyad().substring(0, 3));
            countries.add(distractor.dyad().substring(4));
        }
        List<ContactEvent> contacts = new ArrayList<>();
        int index = 0;
        for (TruthContact contact : article.contacts()) {
            contacts.add(event(article, contact, index++));
        }
        return new DyadReplay.CodedArticle(article.publishedAt().toInstant().toEpochMilli(),
                new ArrayList<>(countries), contacts);
    }

    /** The start of {@code day}, UTC. */
    public static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** One truth contact as the coder would publish it. */
    public static ContactEvent event(GeneratedArticle article, TruthContact contact, int index) {
        boolean dated = contact.textDate() != null && contact.granularity() != DateGranularity.PUBLICATION
                && contact.granularity() != DateGranularity.UNKNOWN;
        return ContactEvent.newBuilder()
                .setEventId(article.url() + "#" + index)
                .setArticleId(article.url())
                .setDyad(contact.dyad())
                .setType(contact.type())
                .setCameo(contact.cameo())
                .setPlover(contact.plover())
                .setActorA(actor(contact.actorA()))
                .setActorB(actor(contact.actorB()))
                .setDirected(contact.directed())
                .setStatus(contact.status())
                .setEventDate(dated ? start(contact.textDate()) : null)
                .setDateGranularity(contact.granularity())
                .setMultilateral(false)
                .setSentence(contact.sentence())
                .setSentenceIndex(index)
                .setSentenceStart(0)
                .setSentenceEnd(contact.sentence().length())
                .setTrigger("")
                .setConfidence(1.0)
                .setArticleTitle(article.title())
                .setUrl(article.url())
                .setSource(article.source())
                .setPublishedAt(article.publishedAt().toInstant())
                .build();
    }

    private static Actor actor(TruthActor actor) {
        String id = actor.id() != null ? actor.id() : "intro:" + actor.country() + "." + actor.role();
        return Actor.newBuilder().setId(id).setName(id).setCountry(actor.country()).setRole(actor.role()).build();
    }
}
