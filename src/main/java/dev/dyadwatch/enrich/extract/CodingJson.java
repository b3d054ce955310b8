package dev.dyadwatch.enrich.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.code.ContactCodes;
import dev.dyadwatch.enrich.code.Rejection;
import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.text.Sentence;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An article's coding as one JSON object: {@code id}, {@code title}, {@code actors} (each {@code id},
 * {@code name}, {@code country}, {@code role}, the words that named it) and {@code contacts} (each {@code dyad},
 * {@code cameo}, {@code plover}, {@code type}, {@code status}, {@code actorA}, {@code actorB}, {@code sentence},
 * {@code eventDate} and more). With explanations, each contact also says how it was coded and the article lists
 * the candidates that were turned down, with the reason.
 */
public final class CodingJson {

    private final ObjectMapper json = new ObjectMapper();

    /** The coding as a JSON tree. */
    public ObjectNode toJson(ArticleCoding coding, boolean explain) {
        ObjectNode root = json.createObjectNode();
        root.put("id", coding.article().getId());
        root.put("title", coding.article().getTitle());
        root.put("source", coding.article().getSource());
        root.put("publishedAt", coding.article().getPublishedAt().toString());
        root.put("language", coding.language().language());
        root.put("coded", coding.coded());
        ArrayNode notes = root.putArray("notes");
        coding.notes().forEach(notes::add);
        ArrayNode actors = root.putArray("actors");
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (Mention m : coding.resolution().allMentions()) {
            if (m.actor() != null && m.kind() != dev.dyadwatch.enrich.resolve.MentionKind.PLACE) {
                words.computeIfAbsent(m.actor().id(), id -> new LinkedHashSet<>()).add(m.text());
            }
        }
        coding.resolution().actors().values().forEach(actor -> {
            ObjectNode node = actor(actor);
            ArrayNode mentions = node.putArray("mentions");
            words.getOrDefault(actor.id(), Set.of()).forEach(mentions::add);
            actors.add(node);
        });
        ArrayNode contacts = root.putArray("contacts");
        for (CodedContact c : coding.contacts()) {
            ObjectNode node = contacts.addObject();
            node.put("dyad", c.dyad());
            node.put("cameo", ContactCodes.cameo(c.type()));
            node.put("plover", ContactCodes.plover(c.type()));
            node.put("type", c.type().name());
            node.put("status", c.status().name());
            node.set("actorA", actor(c.actorA()));
            node.set("actorB", actor(c.actorB()));
            node.put("directed", c.directed());
            node.put("eventDate", c.date().start().toString());
            node.put("dateGranularity", c.date().granularity().name());
            node.put("multilateral", c.multilateral());
            Sentence sentence = coding.sentences().get(c.sentenceIndex());
            node.put("sentence", sentence.text());
            node.put("sentenceIndex", c.sentenceIndex());
            node.put("trigger", c.trigger());
            node.put("confidence", c.confidence());
            node.put("reports", c.reports());
            if (explain) {
                ArrayNode why = node.putArray("why");
                why.add("triggered by '" + c.trigger() + "'");
                c.reasons().forEach(why::add);
            }
        }
        if (explain) {
            ArrayNode rejected = root.putArray("rejected");
            for (Rejection r : coding.rejections()) {
                ObjectNode node = rejected.addObject();
                node.put("sentenceIndex", r.sentenceIndex());
                node.put("words", r.words());
                node.put("reason", r.reason());
            }
        }
        return root;
    }

    /** The coding on one line. */
    public String line(ArticleCoding coding, boolean explain) {
        return toJson(coding, explain).toString();
    }

    private ObjectNode actor(ActorRef actor) {
        ObjectNode node = json.createObjectNode();
        node.put("id", actor.id());
        node.put("name", actor.name());
        node.put("country", actor.country());
        node.put("role", actor.role().name());
        if (actor.organisation() != null) {
            node.put("organisation", actor.organisation());
        }
        return node;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
