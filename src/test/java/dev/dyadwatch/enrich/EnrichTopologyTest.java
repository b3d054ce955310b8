package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.pipeline.StreamsSettings;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Instant T0 = Instant.parse("2022-01-04T09:00:00Z");

    private EmbeddedRegistry registry;
    private Topics topics;
    private Topology topology;
    private TopologyTestDriver driver;
    private TestInputTopic<String, UniqueArticle> unique;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, ContactEvent> contacts;
    private TestOutputTopic<String, DeadLetter> dlq;

    @BeforeEach
    void start() {
        registry = EmbeddedRegistry.startInMemory();
        DyadwatchConfig config = DyadwatchConfig.defaults();
        topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        Properties props = StreamsSettings.properties(config, topics.articlesDlq());
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        new EnrichTopology(topics, EnrichResources.shared(DictionarySource.BUNDLED), CodingLimits.DEFAULT)
                .addTo(builder);
        topology = builder.build(props);
        driver = new TopologyTestDriver(topology, props);
        unique = driver.createInputTopic(topics.articlesUnique().name(),
                topics.articlesUnique().keySerde().serializer(), topics.articlesUnique().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.articlesEnriched().name(),
                topics.articlesEnriched().keySerde().deserializer(),
                topics.articlesEnriched().valueSerde().deserializer());
        contacts = driver.createOutputTopic(topics.contactEvents().name(),
                topics.contactEvents().keySerde().deserializer(), topics.contactEvents().valueSerde().deserializer());
        dlq = driver.createOutputTopic(topics.articlesDlq().name(), topics.articlesDlq().keySerde().deserializer(),
                topics.articlesDlq().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        registry.close();
    }

    private void pipe(RawArticle article) {
        unique.pipeInput(new TestRecord<>(article.getId(), UniqueArticle.newBuilder().setArticle(article)
                .setStoryId(article.getId()).build(), T0));
    }

    @Test
    void shouldPublishTheEnrichedArticleAndItsContactsKeyedByDyad() {
        RawArticle call = article("2022-01-04T09:00:00Z", "Putin, Khan discuss Afghanistan",
                "Russian President Vladimir Putin held a telephone conversation with Prime Minister Imran Khan on "
                        + "Monday. They discussed Afghanistan.");
        pipe(call);
        EnrichedArticle out = enriched.readValue();
        assertThat(out.getArticle().getId()).isEqualTo(call.getId());
        assertThat(out.getActors()).extracting(a -> a.getId())
                .contains("RUS.vladimir-putin", "PAK.imran-khan", "AFG");
        assertThat(out.getSentences()).hasSize(2);
        assertThat(out.getCodingNotes()).isEmpty();
        assertThat(out.getCoderVersion()).startsWith("enrich-1/dictionary-");
        List<org.apache.kafka.streams.KeyValue<String, ContactEvent>> events = contacts.readKeyValuesToList();
        assertThat(events).hasSize(1);
        ContactEvent event = events.get(0).value;
        assertThat(events.get(0).key).isEqualTo("PAK-RUS");
        assertThat(event.getType()).isEqualTo(ContactType.TELEPHONE);
        assertThat(event.getCameo()).isEqualTo("041");
        assertThat(event.getPlover()).isEqualTo("CONSULT/phone");
        assertThat(event.getEventDate()).isEqualTo(Instant.parse("2022-01-03T00:00:00Z"));
        assertThat(event.getSentence()).startsWith("Russian President Vladimir Putin held");
        assertThat(event.getStoryId()).isEqualTo(call.getId());
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldPassArticlesInOtherLanguagesThroughUncodedAndCountThem() {
        pipe(article("2023-04-05T17:00:00Z", "Macron en Chine",
                "Le président Emmanuel Macron est arrivé mercredi à Pékin pour une visite d'État.", "fra"));
        EnrichedArticle out = enriched.readValue();
        assertThat(out.getActors()).isEmpty();
        assertThat(out.getContacts()).isEmpty();
        assertThat(out.getCodingNotes()).containsExactly(
                "not coded: language fra (declared); enrich codes English only");
        assertThat(contacts.isEmpty()).isTrue();
        assertThat(metric("articles-not-coded-total")).isEqualTo(1.0);
        assertThat(metric("articles-coded-total")).isEqualTo(0.0);
    }

    @Test
    void shouldDeadLetterARecordWithoutAnArticle() {
        unique.pipeInput(new TestRecord<>("broken", null, T0));
        DeadLetter letter = dlq.readValue();
        assertThat(letter.getStage()).isEqualTo("enrich");
        assertThat(letter.getDescription()).contains("no article");
        assertThat(letter.getTopic()).isEqualTo(topics.articlesUnique().name());
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(metric("articles-failed-total")).isEqualTo(1.0);
    }

    @Test
    void shouldNameEveryProcessorAndSink() {
        String description = topology.describe().toString();
        assertThat(description).contains("enrich-articles-unique-source", EnrichTopology.CODE_ARTICLE,
                "enrich-dead-letter", "enrich-dlq-sink", "enrich-to-enriched-article", "enrich-enriched-sink",
                "enrich-contacts-by-dyad", "enrich-contact-events-sink");
        assertThat(description).doesNotContain("KSTREAM-");
    }

    private double metric(String name) {
        for (Map.Entry<MetricName, ? extends Metric> entry : driver.metrics().entrySet()) {
            if (entry.getKey().group().equals("stream-enrich-metrics") && entry.getKey().name().equals(name)) {
                return ((Number) entry.getValue().metricValue()).doubleValue();
            }
        }
        throw new AssertionError("no metric " + name);
    }
}
