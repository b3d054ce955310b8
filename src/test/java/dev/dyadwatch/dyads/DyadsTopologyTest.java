package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.DyadWindowCount;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.WindowKind;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.pipeline.StreamsSettings;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DyadsTopologyTest {

    private static final Instant WALL_CLOCK = Instant.parse("2024-12-01T00:00:00Z");

    Path stateDir;

    EmbeddedRegistry registry;
    Topics topics;
    Properties props;
    TopologyTestDriver driver;
    TestInputTopic<String, ContactEvent> contacts;
    TestInputTopic<String, EnrichedArticle> articles;
    TestOutputTopic<String, DyadAlert> alerts;
    TestOutputTopic<String, DyadWindowCount> counts;
    TestOutputTopic<String, DeadLetter> deadLetters;
    int articleIds;

    @BeforeEach
    void start() throws java.io.IOException {
        // Under target/, not the OS temp directory, which Kafka Streams warns may be cleared under it.
        Files.createDirectories(Path.of("target"));
        stateDir = Files.createTempDirectory(Path.of("target"), "dyads-state-");
        registry = EmbeddedRegistry.startInMemory();
        DyadwatchConfig config = DyadwatchConfig.defaults().with(Option.SCHEMA_REGISTRY_URL, registry.url())
                .with(Option.STATE_DIR, stateDir.toString()).with(Option.APPLICATION_ID, "dyads-test");
        topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        props = StreamsSettings.properties(config, topics.articlesDlq());
        // The driver runs each piped record through the whole topology before the next, in the order piped, and
        // knows no lag of internal topics, so a task must not wait for its partitions (max.task.idle.ms).
        props.put(org.apache.kafka.streams.StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
        driver = new TopologyTestDriver(build(), props, WALL_CLOCK);
        contacts = driver.createInputTopic(topics.contactEvents().name(), topics.contactEvents().keySerde()
                .serializer(), topics.contactEvents().valueSerde().serializer());
        articles = driver.createInputTopic(topics.articlesEnriched().name(), topics.articlesEnriched().keySerde()
                .serializer(), topics.articlesEnriched().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer());
        counts = driver.createOutputTopic(topics.dyadCounts().name(), topics.dyadCounts().keySerde().deserializer(),
                topics.dyadCounts().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.articlesDlq().name(), topics.articlesDlq().keySerde()
                .deserializer(), topics.articlesDlq().valueSerde().deserializer());
    }

    private Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        // One partition: the test driver runs a single task, which must own every dyad.
        new DyadsTopology(topics, DyadSettings.defaults(), SyntheticNews.SENSITIVE, 1).addTo(builder);
        return builder.build(props);
    }

    @AfterEach
    void stop() {
        driver.close();
        registry.close();
    }

    private static Instant at(int day, int hour) {
        return SyntheticNews.START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }

    /** Ordinary news: {@code perHour} articles an hour over days {@code [from, to)}, naming no pair. */
    private void news(int from, int to, int perHour) {
        for (int hour = from * 24; hour < to * 24; hour++) {
            for (int i = 0; i < perHour; i++) {
                Instant published = SyntheticNews.START.plus(Duration.ofHours(hour))
                        .plus(Duration.ofMinutes(60L * i / perHour));
                article(published);
            }
        }
    }

    private void article(Instant published, String... countries) {
        String id = "a" + articleIds++;
        articles.pipeInput(id, Articles.enriched(id, published, countries), published);
    }

    /** A contact report and the article it came from. */
    private void contact(ContactEvent event) {
        article(event.getPublishedAt(), "PAK", "RUS");
        contacts.pipeInput(event.getDyad(), event, event.getPublishedAt());
    }

    @Test
    void shouldPinTheNamesOfStoresProcessorsAndInternalTopics() {
        TopologyDescription description = build().describe();
        String text = description.toString();
        assertThat(text).contains("dyads-contact-events-source", "dyads-articles-enriched-source",
                "dyads-article-tick", "dyads-articles-to-all-repartition", "dyads-merge-articles", "dyads-evaluate",
                "dyads-alerts-sink", "dyads-counts-sink", "dyads-dlq-sink");
        assertThat(description.subtopologies()).flatExtracting(TopologyDescription.Subtopology::nodes)
                .filteredOn(node -> node.name().equals(DyadsTopology.EVALUATE))
                .singleElement()
                .extracting(node -> ((TopologyDescription.Processor) node).stores())
                .isEqualTo(java.util.Set.of("dyads-state", "dyads-reports", "dyads-days", "dyads-evidence",
                        "dyads-co-mentions", "dyads-index", "dyads-meta", "dyads-pending", "dyads-volume"));
    }

    @Test
    void shouldPublishTheAlertWhenTheContactThatTipsTheRiseArrives() {
        news(0, 30, 4);
        contact(Contacts.call("e1", "dawn", at(30, 9)).build());
        contact(Contacts.call("e2", "tass", at(31, 9)).setActorA(Contacts.DAR).setActorB(Contacts.LAVROV).build());
        assertThat(alerts.isEmpty()).isTrue();
        contact(Contacts.call("e3", "geo", at(32, 14)).build());
        List<org.apache.kafka.streams.test.TestRecord<String, DyadAlert>> published = alerts.readRecordsToList();
        assertThat(published).hasSize(1);
        DyadAlert alert = published.get(0).value();
        assertThat(published.get(0).key()).isEqualTo("PAK-RUS");
        assertThat(published.get(0).timestamp()).isEqualTo(at(32, 14).toEpochMilli());
        assertThat(alert.getStatus()).isEqualTo(AlertStatus.OPENED);
        assertThat(alert.getObserved()).isEqualTo(3);
        assertThat(alert.getEvidence()).extracting(e -> e.getTitle()).hasSize(3);
    }

    @Test
    void shouldCountEventsNotReportsPerDay() {
        news(0, 3, 2);
        for (int i = 0; i < 5; i++) {
            contact(Contacts.call("e" + i, "outlet" + i, at(3, 8 + i)).build());
        }
        Map<String, DyadWindowCount> latest = new TreeMap<>();
        counts.readValuesToList().forEach(c -> latest.put(c.getWindow() + " " + c.getWindowStart(), c));
        DyadWindowCount day = latest.get(WindowKind.DAILY + " " + at(3, 0));
        assertThat(day.getEvents()).isEqualTo(1);
        assertThat(day.getReports()).isEqualTo(5);
        assertThat(day.getSources()).isEqualTo(5);
        assertThat(day.getCoMentionArticles()).isEqualTo(5);
        assertThat(day.getEventsByCameo()).containsEntry("041", 1);
        DyadWindowCount week = latest.get(WindowKind.RECENT + " " + at(-3, 0));
        assertThat(week.getWindowEnd()).isEqualTo(at(4, 0));
        assertThat(week.getEvents()).isEqualTo(1);
    }

    @Test
    void shouldCountAReportOnTheDayItsTextGivesAndDeadLetterOnePublishedLaterThanTheGrace() {
        news(0, 10, 1);
        // Published on day 10, dated by its text to day 9: within the grace, it counts on day 9.
        contact(Contacts.datedCall("late", "dawn", at(10, 1), at(9, 0)).build());
        List<DyadWindowCount> written = counts.readValuesToList();
        assertThat(written).filteredOn(c -> c.getWindow() == WindowKind.DAILY && c.getWindowStart().equals(at(9, 0)))
                .extracting(DyadWindowCount::getEvents).containsExactly(1);
        // Published on day 6, four days behind the latest article: too late.
        contacts.pipeInput("PAK-RUS", Contacts.call("old", "dawn", at(6, 2)).build(), at(10, 2));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo("dyads");
        assertThat(letter.getDescription()).contains("too late to count");
        assertThat(letter.getTopic()).isEqualTo(topics.contactEvents().name());
        assertThat(letter.getOffset()).isEqualTo(1L);
    }

    @Test
    void shouldDeadLetterAContactNotKeyedByItsDyad() {
        contacts.pipeInput("IND-PAK", Contacts.call("e1", "dawn", at(1, 1)).build(), at(1, 1));
        assertThat(deadLetters.readValue().getDescription()).contains("must be keyed by dyad");
        assertThat(counts.isEmpty()).isTrue();
    }

    @Test
    void shouldRecheckOnTheWallClockWhenLateArticlesChangeTheVolume() {
        news(0, 30, 4);
        contact(Contacts.call("e1", "dawn", at(30, 9)).build());
        contact(Contacts.call("e2", "tass", at(31, 9)).setActorA(Contacts.DAR).setActorB(Contacts.LAVROV).build());
        contact(Contacts.call("e3", "geo", at(32, 14)).build());
        double expected = alerts.readValue().getExpected();
        for (int i = 0; i < 300; i++) {
            article(at(32, 3).plusSeconds(i));
        }
        assertThat(alerts.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(alerts.readValue().getExpected()).isGreaterThan(expected);
    }

    @Test
    void shouldPublishTheSameAlertsWhenTheSameNewsArrivesShuffledWithinTheGrace() throws java.io.IOException {
        SyntheticNews news = new SyntheticNews(5).volume(0, 60, 48).background("CHN-USA", 1.0, 0, 60);
        for (int day = 40; day < 48; day++) {
            news.event("PAK-RUS", day, day, 2, 3);
        }
        Map<String, DyadAlert> inOrder = replay(news.inOrder());
        assertThat(inOrder).containsKey("PAK-RUS");
        stop();
        start();
        assertThat(replay(news.shuffledWithin(Duration.ofHours(20), 3))).isEqualTo(inOrder);
    }

    private Map<String, DyadAlert> replay(List<SyntheticNews.Input> inputs) {
        for (SyntheticNews.Input input : inputs) {
            Instant time = Instant.ofEpochMilli(input.time());
            if (input instanceof SyntheticNews.Article) {
                article(time);
            } else if (input instanceof SyntheticNews.Contact contact) {
                String dyad = contact.event().getDyad();
                article(time, Dyads.first(dyad), Dyads.second(dyad));
                contacts.pipeInput(dyad, contact.event(), time);
            }
        }
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        Map<String, DyadAlert> latest = new TreeMap<>();
        alerts.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }
}
