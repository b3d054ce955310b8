package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.alerts.AlertFormatter;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.avro.DyadAlert;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample corpus, coded as its ground truth codes it (what a perfect enrich stage would publish),
 * through the dyad stage: Pakistan-Russia must alert in the third week of May 2025, nothing else.
 */
class SampleCorpusAlertsTest {

    private static final String TRUTH = "/dev/dyadwatch/sample/ground-truth.json";

    /** An article of the corpus as the dyad stage receives it: its time and countries, and its contacts. */
    private record Coded(long publishedAt, List<String> countries, List<ContactEvent> contacts) {
    }

    static List<Coded> corpus() throws IOException {
        JsonNode truth;
        try (InputStream in = SampleCorpusAlertsTest.class.getResourceAsStream(TRUTH)) {
            truth = new ObjectMapper().readTree(in);
        }
        List<Coded> articles = new ArrayList<>();
        for (JsonNode article : truth.get("articles")) {
            if (!article.get("copyOf").isNull()) {
                continue;
            }
            long published = OffsetDateTime.parse(article.get("publishedAt").asText()).toInstant().toEpochMilli();
            TreeSet<String> countries = new TreeSet<>();
            List<ContactEvent> contacts = new ArrayList<>();
            int index = 0;
            for (JsonNode contact : article.get("contacts")) {
                String dyad = contact.get("dyad").asText();
                countries.add(Dyads.first(dyad));
                countries.add(Dyads.second(dyad));
                if (article.get("coded").asBoolean()) {
                    contacts.add(contact(article, contact, published, index++));
                }
            }
            for (JsonNode distractor : article.get("distractors")) {
                String dyad = distractor.get("dyad").asText();
                countries.add(Dyads.first(dyad));
                countries.add(Dyads.second(dyad));
            }
            articles.add(new Coded(published, new ArrayList<>(countries), contacts));
        }
        articles.sort(Comparator.comparingLong(Coded::publishedAt));
        return articles;
    }

    private static ContactEvent contact(JsonNode article, JsonNode contact, long published, int index) {
        JsonNode textDate = contact.get("textDate");
        Instant eventDate = textDate == null || textDate.isNull() ? null
                : LocalDate.parse(textDate.asText()).atStartOfDay().toInstant(ZoneOffset.UTC);
        return ContactEvent.newBuilder()
                .setEventId(article.get("id").asText() + "#" + index)
                .setArticleId(article.get("id").asText())
                .setDyad(contact.get("dyad").asText())
                .setType(ContactType.valueOf(contact.get("type").asText()))
                .setCameo(contact.get("cameo").asText())
                .setPlover("CONSULT")
                .setActorA(actor(contact.get("actorA")))
                .setActorB(actor(contact.get("actorB")))
                .setStatus(ContactStatus.valueOf(contact.get("status").asText()))
                .setEventDate(eventDate)
                .setDateGranularity(DateGranularity.valueOf(contact.get("granularity").asText()))
                .setMultilateral(contact.get("multilateral").asBoolean())
                .setSentence(contact.get("sentence").asText())
                .setSentenceIndex(index)
                .setSentenceStart(0)
                .setSentenceEnd(contact.get("sentence").asText().length())
                .setTrigger("")
                .setConfidence(1.0)
                .setArticleTitle(article.get("title").asText())
                .setUrl(article.get("url").asText())
                .setSource(article.get("source").asText())
                .setPublishedAt(Instant.ofEpochMilli(published))
                .build();
    }

    private static Actor actor(JsonNode actor) {
        String name = actor.get("name").asText();
        String id = actor.get("id").isNull() ? "intro:" + name : actor.get("id").asText();
        return Actor.newBuilder().setId(id).setName(name).setCountry(actor.get("country").asText())
                .setRole(ActorRole.valueOf(actor.get("role").asText())).build();
    }

    /** The corpus through one engine, in publication order; every alert record published. */
    static List<DyadAlert> alerts(AlertSettings settings) throws IOException {
        DyadEngine engine = new DyadEngine(DyadSettings.defaults(), settings, new InMemoryDyadStore(), 1);
        List<DyadOutput> out = new ArrayList<>();
        for (Coded article : corpus()) {
            // As the topology delivers them: the article's contacts, then the article.
            for (ContactEvent contact : article.contacts()) {
                out.addAll(engine.onContact(contact.getDyad(), contact, SyntheticNews.NOW));
            }
            out.addAll(engine.onArticle(article.publishedAt(), 0, SyntheticNews.NOW));
            for (int i = 0; i < article.countries().size(); i++) {
                for (int j = i + 1; j < article.countries().size(); j++) {
                    out.addAll(engine.onCoMention(article.countries().get(i) + "-" + article.countries().get(j),
                            article.publishedAt(), SyntheticNews.NOW));
                }
            }
        }
        out.addAll(engine.punctuate(SyntheticNews.NOW + SyntheticNews.IDLE));
        assertThat(out.stream().filter(o -> o instanceof DyadOutput.Rejected).map(o -> ((DyadOutput.Rejected) o)
                .reason())).isEmpty();
        return out.stream().filter(o -> o instanceof DyadOutput.Alert).map(o -> ((DyadOutput.Alert) o).alert())
                .toList();
    }

    @Test
    void shouldAlertPakistanRussiaInMidMayAndNothingElse() throws IOException {
        List<DyadAlert> alerts = alerts(AlertSettings.defaults());
        Map<String, DyadAlert> episodes = SyntheticNews.episodes(alerts);
        // One episode, opened on the fortnight once contact went on after the foreign minister's visit to Moscow
        // (14-15 May), open to the end of May.
        assertThat(episodes.values()).extracting(DyadAlert::getDyad).containsExactly("PAK-RUS");
        DyadAlert first = alerts.get(0);
        assertThat(first.getOpenedAt()).isBetween(Instant.parse("2025-05-19T00:00:00Z"),
                Instant.parse("2025-05-23T00:00:00Z"));
        assertThat(first.getDailyCounts()).hasSize(14);
        DyadAlert last = alerts.get(alerts.size() - 1);
        // Still open at the end of May, followed from the fortnight that opened it to the four weeks of the rise.
        assertThat(last.getStatus()).isIn(AlertStatus.OPENED, AlertStatus.ESCALATED);
        assertThat(last.getDailyCounts()).hasSize(28);
        assertThat(last.getObserved()).isGreaterThanOrEqualTo(12);
        assertThat(last.getEvidence()).extracting(e -> e.getSource()).contains("Meridian Wire Service");
        String text = new AlertFormatter(3).text(first);
        assertThat(text).contains("PAK-RUS  Pakistan - Russia");
    }
}
