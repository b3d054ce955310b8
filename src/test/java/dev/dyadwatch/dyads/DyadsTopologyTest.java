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
        driver = new TopologyTestDriver(build(), props, WALL_CLOCK);
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
        article(published, List.of(), countries);
    }

    private void article(Instant published, List<ContactEvent> contacts, String... countries) {
        String id = "a" + articleIds++;
        articles.pipeInput(id, Articles.enriched(id, published, contacts, countries), published);
    }

    /** The article a contact report was coded from, carrying it. */
    private void contact(ContactEvent event) {
        article(event.getPublishedAt(), List.of(event), Dyads.first(event.getDyad()), Dyads.second(event.getDyad()));
    }

    @Test
    void shouldPinTheNamesOfStoresProcessorsAndInternalTopics() {
        TopologyDescription description = build().describe();
        String text = description.toString();
        assertThat(text).contains("dyads-articles-enriched-source", "dyads-articles-with-value", "dyads-fan-out",
                "dyads-inputs-repartition", "dyads-evaluate", "dyads-alerts-sink", "dyads-counts-sink",
                "dyads-dlq-sink");
        // The stage reads its contacts from the articles, in one stream with their ticks, never contact-events.
        assertThat(text).doesNotContain(topics.contactEvents().name() + "]", "dyads-contact-events-source");
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
        // An article published on day 6, arriving after day 10's: four days behind, too late.
        contact(Contacts.call("old", "dawn", at(6, 2)).build());
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getStage()).isEqualTo("dyads");
        assertThat(letter.getDescription()).contains("too late to count");
        assertThat(letter.getTopic()).isEqualTo("dyads-test-" + DyadsTopology.INPUTS + "-repartition");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterAContactWhoseActorsDoNotMakeItsDyad() {
        news(0, 1, 1);
        article(at(1, 1), List.of(Contacts.call("e1", "dawn", at(1, 1)).setDyad("IND-PAK").build()), "PAK", "RUS");
        assertThat(deadLetters.readValue().getDescription()).contains("do not make the dyad IND-PAK");
        assertThat(counts.readValuesToList()).extracting(DyadWindowCount::getReports).containsOnly(0);
    }

    @Test
    void shouldCountEveryContactOfAFastReplayWithItsArticle() {
        // A fast replay: months of articles in moments. The contacts travel inside their articles, so however far
        // the articles run ahead, no contact is behind the watermark; none is dead-lettered, all are counted.
        SyntheticNews news = new SyntheticNews(9).volume(0, 60, 48).background("CHN-USA", 1.0, 0, 60);
        for (int day = 40; day < 48; day++) {
            news.event("PAK-RUS", day, day, 2, 3);
        }
        long expectedReports = news.inOrder().stream().filter(i -> i instanceof SyntheticNews.Contact).count();
        Map<String, DyadAlert> latest = replay(news.inOrder());
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(latest).containsKey("PAK-RUS");
        Map<String, DyadWindowCount> daily = new TreeMap<>();
        counts.readValuesToList().stream().filter(c -> c.getWindow() == WindowKind.DAILY)
                .forEach(c -> daily.put(c.getDyad() + " " + c.getWindowStart(), c));
        assertThat(daily.values().stream().mapToLong(DyadWindowCount::getReports).sum()).isEqualTo(expectedReports);
    }

    @Test
    void shouldRecheckOnTheWallClockWhenLateArticlesChangeTheVolume() {
        news(0, 30, 4);
        contact(Contacts.call("e1", "dawn", at(30, 9)).build());
        contact(Contacts.call("e2", "tass", at(31, 9)).setActorA(Contacts.DAR).setActorB(Contacts.LAVROV).build());
        contact(Contacts.call("e3", "geo", at(32, 14)).build());
        double expected = alerts.readValue().getExpected();
        // Late articles of the alert's day, short of making it a surge day (twice the average day).
        for (int i = 0; i < 60; i++) {
            article(at(32, 3).plusSeconds(i));
        }
        assertThat(alerts.isEmpty()).isTrue();
        // Their ticks name no pair: they reach the dyad task in a batch at the next flush, then the recheck.
        driver.advanceWallClockTime(DyadSettings.defaults().ticksFlush());
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
        for (SyntheticNews.Published published : SyntheticNews.published(inputs)) {
            String[] countries = published.dyads().stream()
                    .flatMap(dyad -> java.util.stream.Stream.of(Dyads.first(dyad), Dyads.second(dyad)))
                    .distinct().toArray(String[]::new);
            article(Instant.ofEpochMilli(published.time()), published.contacts(), countries);
        }
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        Map<String, DyadAlert> latest = new TreeMap<>();
        alerts.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }
}
