package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.SentenceSpan;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.code.ContactCodes;
import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import dev.dyadwatch.enrich.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link ArticleCoding} into the records enrich publishes: the enriched article and its contacts. */
public final class EnrichedRecords {

    private EnrichedRecords() {
    }

    /** The article with its sentences, actors, mentions and contacts, for {@code articles-enriched}. */
    public static EnrichedArticle enriched(ArticleCoding coding, String storyId, String coderVersion, Instant now) {
        RawArticle article = withLanguage(coding);
        List<SentenceSpan> spans = new ArrayList<>(coding.sentences().size());
        for (Sentence s : coding.sentences()) {
            spans.add(new SentenceSpan(s.start(), s.end()));
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        coding.resolution().actors().values().forEach(a -> actors.putIfAbsent(a.id(), actor(a)));
        coding.contacts().forEach(c -> {
            actors.putIfAbsent(c.actorA().id(), actor(c.actorA()));
            actors.putIfAbsent(c.actorB().id(), actor(c.actorB()));
        });
        List<dev.dyadwatch.avro.Mention> mentions = new ArrayList<>();
        for (Mention m : coding.resolution().allMentions()) {
            if (m.actor() != null && m.kind() != MentionKind.PLACE) {
                mentions.add(dev.dyadwatch.avro.Mention.newBuilder().setActorId(m.actor().id()).setText(m.text())
                        .setStart(m.charStart()).setEnd(m.charEnd()).setSentenceIndex(Math.max(0, m.sentence()))
                        .setInTitle(m.inTitle()).setResolution(m.resolution()).build());
            }
        }
        List<ContactEvent> contacts = contacts(coding, storyId);
        return EnrichedArticle.newBuilder().setArticle(article).setStoryId(storyId).setSentences(spans)
                .setActors(new ArrayList<>(actors.values())).setMentions(mentions).setContacts(contacts)
                .setCodedAt(now).setCoderVersion(coderVersion).setCodingNotes(coding.notes()).build();
    }

    /** The contacts of the article, for {@code contact-events} (keyed by their dyad). */
    public static List<ContactEvent> contacts(ArticleCoding coding, String storyId) {
        RawArticle article = coding.article();
        List<ContactEvent> events = new ArrayList<>(coding.contacts().size());
        for (CodedContact c : coding.contacts()) {
            Sentence sentence = coding.sentences().get(c.sentenceIndex());
            events.add(ContactEvent.newBuilder()
                    .setEventId(eventId(article.getId(), c))
                    .setArticleId(article.getId())
                    .setStoryId(storyId)
                    .setDyad(c.dyad())
                    .setType(c.type())
                    .setCameo(ContactCodes.cameo(c.type()))
                    .setPlover(ContactCodes.plover(c.type()))
                    .setActorA(actor(c.actorA()))
                    .setActorB(actor(c.actorB()))
                    .setDirected(c.directed())
                    .setStatus(c.status())
                    .setEventDate(c.date().start().atStartOfDay(ZoneOffset.UTC).toInstant())
                    .setDateGranularity(c.date().granularity())
                    .setMultilateral(c.multilateral())
                    .setSentence(sentence.text())
                    .setSentenceIndex(c.sentenceIndex())
                    .setSentenceStart(sentence.start())
                    .setSentenceEnd(sentence.end())
                    .setTrigger(c.trigger())
                    .setConfidence(c.confidence())
                    .setArticleTitle(article.getTitle())
                    .setUrl(article.getCanonicalUrl() != null ? article.getCanonicalUrl() : article.getUrl())
                    .setSource(article.getSource())
                    .setPublishedAt(article.getPublishedAt())
                    .build());
        }
        return events;
    }

    /** The article, with the language filled in when enrich detected it. */
    private static RawArticle withLanguage(ArticleCoding coding) {
        RawArticle article = coding.article();
        if (article.getLanguage() == null && coding.language().language() != null) {
            return RawArticle.newBuilder(article).setLanguage(coding.language().language()).build();
        }
        return article;
    }

    private static Actor actor(ActorRef a) {
        return Actor.newBuilder().setId(a.id()).setName(a.name()).setCountry(a.country()).setRole(a.role())
                .setOrganisation(a.organisation()).build();
    }

    /** Article, event and date hashed together: the same report gets the same id when re-coded. */
    private static String eventId(String articleId, CodedContact c) {
        String key = articleId + "|" + c.dyad() + "|" + c.type() + "|" + c.status() + "|" + c.date().start() + "|"
                + c.date().granularity();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
