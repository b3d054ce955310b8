package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.alerts.AlertWatcher;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.cli.Main;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.pipeline.PipelineProgress;
import dev.dyadwatch.pipeline.PipelineRunner;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.TopicAdmin;
import dev.dyadwatch.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dyad stage on a real broker and registry: alerts as on the test driver, on one partition or three, with
 * nothing dead-lettered while contact-events lags far behind the articles.
 */
@Tag("integration")
class DyadsPipelineIT {

    static EmbeddedKafka kafka;
    static EmbeddedRegistry registry;
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        dir = Files.createTempDirectory(Path.of("target"), "dyads-it-");
        kafka = EmbeddedKafka.start(EmbeddedKafka.Options.defaults().withDataDir(dir.resolve("kafka")));
        registry = EmbeddedRegistry.startInMemory();
    }

    @AfterAll
    static void stop() {
        registry.close();
        kafka.close();
    }

    /** Background contact, then a rise of Pakistan-Russia that an alert must catch. */
    private static SyntheticNews news() {
        SyntheticNews news = new SyntheticNews(21).volume(0, 45, 24).background("CHN-USA", 1.0, 0, 45)
                .background("IND-PAK", 0.2, 0, 45);
        for (int day = 36; day < 44; day++) {
            news.event("PAK-RUS", day, day, 2, 3);
        }
        return news;
    }

    private static DyadwatchConfig config(String prefix, int partitions) {
        return DyadwatchConfig.defaults()
                .with(Option.BOOTSTRAP_SERVERS, kafka.bootstrapServers())
                .with(Option.SCHEMA_REGISTRY_URL, registry.url())
                .with(Option.TOPIC_PREFIX, prefix)
                .with(Option.TOPIC_PARTITIONS, String.valueOf(partitions))
                .with(Option.APPLICATION_ID, "dyads-it-" + partitions)
                .with(Option.STATE_DIR, dir.resolve("state-" + partitions).toString())
                // The test writes articles-enriched itself: the dyad stage must read it.
                .with(Option.PIPELINE_FUSED, "false")
                .with(Option.DYADS_IDLE_MS, "500")
                // A short history and a weak prior, so that six weeks of news can show a rise.
                .with(Option.ALERTS_MIN_HISTORY_DAYS, "14")
                .with(Option.ALERTS_PRIOR_EVENTS_PER_DAY, "0.05")
                .with(Option.ALERTS_PRIOR_WEIGHT_DAYS, "1")
                .with(Option.ALERTS_WINDOW_DAYS, "7");
    }

    @Test
    void shouldPublishTheSameAlertsOnOneAndOnThreePartitions() throws Exception {
        SyntheticNews news = news();
        Map<String, DyadAlert> one = run(config("p1.", 1), news.inOrder());
        assertThat(one).containsKey("PAK-RUS");
        assertThat(one.get("PAK-RUS").getStatus()).isIn(AlertStatus.OPENED, AlertStatus.ESCALATED);
        Map<String, DyadAlert> three = run(config("p3.", 3), news.shuffledWithin(Duration.ofHours(6), 5));
        assertThat(three).isEqualTo(one);

        DyadwatchConfig config = config("p1.", 1);
        Path file = dir.resolve("p1.properties");
        Files.writeString(file, "topic.prefix=p1.\n");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            code = Main.execute("alerts", "--json", "--config", file.toString(), "--bootstrap-servers",
                    config.bootstrapServers(), "--schema-registry-url", registry.url());
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("dyad").asText()).contains("PAK-RUS");
        assertThat(lines.get(0).get("status").asText()).isIn("OPENED", "ESCALATED");
    }

    @Test
    void shouldFollowUpdatesAfterTheCurrentState() throws Exception {
        DyadwatchConfig config = config("follow.", 1);
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            new TopicAdmin(admin, Duration.ofSeconds(30)).createAll(Topics.specs(config));
        }
        Topics topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        DyadAlert first = dev.dyadwatch.alerts.AlertFormatterTestData.alert("IND-PAK");
        DyadAlert second = dev.dyadwatch.alerts.AlertFormatterTestData.alert("PAK-RUS");
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(topics.alerts().name(), "IND-PAK",
                    topics.alerts().valueSerde().serializer().serialize(topics.alerts().name(), first))).get();
        }
        List<DyadAlert> followed = new CopyOnWriteArrayList<>();
        try (AlertWatcher watcher = new AlertWatcher(config.kafkaClientProperties(), topics.alerts())) {
            assertThat(watcher.current(Duration.ofSeconds(30))).containsOnlyKeys("IND-PAK");
            Thread thread = new Thread(() -> watcher.follow(followed::add));
            thread.start();
            try (KafkaProducer<String, byte[]> producer = producer()) {
                producer.send(new ProducerRecord<>(topics.alerts().name(), "PAK-RUS",
                        topics.alerts().valueSerde().serializer().serialize(topics.alerts().name(), second))).get();
            }
            long deadline = System.currentTimeMillis() + 20_000;
            while (followed.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            watcher.stop();
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
        }
        assertThat(followed).extracting(DyadAlert::getDyad).containsExactly("PAK-RUS");
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> props = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "acks", "all", "enable.idempotence", true, "linger.ms", 5));
        return new KafkaProducer<>(props, new org.apache.kafka.common.serialization.StringSerializer(),
                new ByteArraySerializer());
    }

    /**
     * Creates the topics, runs the pipeline over {@code inputs} until it has processed them all, reads alerts.
     * Each article goes to articles-enriched with its contacts; the same contacts go to contact-events only after
     * every article, as a contact stream lagging the whole replay behind its articles: the dyad stage must not
     * depend on it.
     */
    private static Map<String, DyadAlert> run(DyadwatchConfig config, List<SyntheticNews.Input> inputs)
            throws Exception {
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            new TopicAdmin(admin, Duration.ofSeconds(30)).createAll(Topics.specs(config));
        }
        Topics topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        try (PipelineRunner runner = PipelineRunner.create(config, topics)) {
            runner.start(true, Duration.ofMinutes(2));
            try (KafkaProducer<String, byte[]> producer = producer()) {
                List<SyntheticNews.Published> articles = SyntheticNews.published(inputs);
                String enriched = topics.articlesEnriched().name();
                for (SyntheticNews.Published article : articles) {
                    String id = "a" + article.article();
                    String[] countries = article.dyads().stream()
                            .flatMap(dyad -> java.util.stream.Stream.of(Dyads.first(dyad), Dyads.second(dyad)))
                            .distinct().toArray(String[]::new);
                    EnrichedArticle value = Articles.enriched(id, java.time.Instant.ofEpochMilli(article.time()),
                            article.contacts(), countries);
                    producer.send(new ProducerRecord<>(enriched, null, article.time(), id, topics.articlesEnriched()
                            .valueSerde().serializer().serialize(enriched, value)));
                }
                String contactEvents = topics.contactEvents().name();
                for (SyntheticNews.Published article : articles) {
                    for (ContactEvent contact : article.contacts()) {
                        producer.send(new ProducerRecord<>(contactEvents, null, article.time(), contact.getDyad(),
                                topics.contactEvents().valueSerde().serializer().serialize(contactEvents, contact)));
                    }
                }
                producer.flush();
            }
            try (PipelineProgress progress = new PipelineProgress(config.kafkaClientProperties(),
                    config.applicationId(), List.of(topics.articlesEnriched().name()))) {
                assertThat(progress.awaitCaughtUp(Duration.ofMinutes(2), Duration.ofMillis(200))).isTrue();
            }
            // Once no article has come for dyads.idle.ms, the next wall-clock punctuation (every second) evaluates
            // up to the latest article; give it time and a commit.
            Thread.sleep(3_000);
        }
        assertThat(deadLetters(config, topics)).isEmpty();
        try (AlertWatcher watcher = new AlertWatcher(config.kafkaClientProperties(), topics.alerts())) {
            return watcher.current(Duration.ofSeconds(30));
        }
    }

    /** Everything on the dead-letter topic. */
    private static List<String> deadLetters(DyadwatchConfig config, Topics topics) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put("isolation.level", "read_committed");
        List<String> letters = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(props,
                topics.articlesDlq().keySerde().deserializer(), topics.articlesDlq().valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topics.articlesDlq().name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> letters.add(r.value().getStage() + ": "
                        + r.value().getDescription()));
            }
        }
        return letters;
    }
}
