package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.TestServer;
import dev.dyadwatch.ingest.fetch.FetchSettings;
import dev.dyadwatch.ingest.follow.FollowState;
import dev.dyadwatch.ingest.follow.Follower;
import dev.dyadwatch.ingest.publish.ArticlePublisher;
import dev.dyadwatch.ingest.publish.IngestTopics;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Tag("integration")
class IngestCommandIT {

    private static final String P1 = "ISLAMABAD: Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by "
            + "telephone on Tuesday, the foreign office said.";
    private static final String P2 = "The two leaders agreed to expand cooperation in energy, trade and security, "
            + "and to meet in Moscow later this year.";

    private static EmbeddedKafka kafka;
    private static EmbeddedRegistry registry;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
        registry = EmbeddedRegistry.startInMemory();
    }

    @AfterAll
    static void stop() {
        registry.close();
        kafka.close();
    }

    /** Runs the command line as a user would, capturing what it prints. */
    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private static String[] args(String prefix, String... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--bootstrap-servers", kafka.bootstrapServers(),
                "--schema-registry-url", registry.url(), "--no-progress", "--config"));
        args.add(prefix);
        args.addAll(List.of(inputs));
        return args.toArray(String[]::new);
    }

    private Path config(String topicPrefix) throws IOException {
        return Files.writeString(dir.resolve(topicPrefix + "dyadwatch.properties"), "topic.prefix=" + topicPrefix
                + "\n");
    }

    @Test
    void shouldPublishFilesToArticlesRawAndFailuresToTheDeadLetterTopic() throws IOException {
        Path text = Files.writeString(dir.resolve("call.txt"), "Sharif, Putin talk energy\n\n" + P1 + "\n\n"
                + "Leave a Reply\nPlease enter your comment!\n");
        Path lines = Files.writeString(dir.resolve("export.jsonl"), "{\"title\": \"Talks\", \"text\": \"" + P2
                + "\", \"url\": \"https://example.org/talks\", \"published_at\": \"2024-03-05T10:15:00Z\"}\n"
                + "{\"title\": \"Broken\n"
                + "{\"title\": \"Visit\", \"text\": \"" + P1 + " " + P2 + "\", \"source\": \"Example Wire\"}\n");
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, args(config("files.").toString(), text.toString(), lines.toString(),
                empty.toString()));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).startsWith("ingest: 3 articles published").contains("2 inputs failed");
        assertThat(err.toString()).contains("FAILED " + lines + ":2: invalid JSON: ")
                .contains("FAILED " + empty + ": empty file");

        List<RawArticle> articles = readAll("files.articles-raw", RawArticle.class, 3);
        assertThat(articles).extracting(RawArticle::getTitle).containsExactlyInAnyOrder(
                "Sharif, Putin talk energy", "Talks", "Visit");
        RawArticle call = articles.stream().filter(a -> a.getInputFormat() == InputFormat.TEXT).findFirst()
                .orElseThrow();
        assertThat(call.getDateline()).isEqualTo("ISLAMABAD");
        assertThat(call.getText()).doesNotContain("Leave a Reply").doesNotContain("ISLAMABAD");
        List<DeadLetter> letters = readAll("files.articles-dlq", DeadLetter.class, 2);
        assertThat(letters).extracting(DeadLetter::getOrigin).containsExactlyInAnyOrder(lines + ":2",
                empty.toString());
        assertThat(letters).allSatisfy(letter -> assertThat(letter.getStage()).isEqualTo("ingest"));
        DeadLetter broken = letters.stream().filter(l -> l.getOrigin().endsWith(":2")).findFirst().orElseThrow();
        assertThat(StandardCharsets.UTF_8.decode(broken.getValue()).toString()).isEqualTo("{\"title\": \"Broken");

        StringWriter again = new StringWriter();
        assertThat(run(again, new StringWriter(), args(config("clean.").toString(), text.toString()))).isZero();
        assertThat(again.toString()).startsWith("ingest: 1 articles published").contains("0 inputs failed");
    }

    @Test
    void shouldLoseNothingWhenPublishingAtOnceToTopicsItJustCreated() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"title\": \"Article ").append(i).append("\", \"text\": \"").append(P2).append(" Number ")
                    .append(i).append(".\"}\n");
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), lines);
        for (String prefix : List.of("fresh1.", "fresh2.")) {
            StringWriter out = new StringWriter();
            assertThat(run(out, new StringWriter(), args(config(prefix).toString(), file.toString()))).isZero();
            assertThat(out.toString()).startsWith("ingest: 3,000 articles published");
            assertThat(readAll(prefix + "articles-raw", RawArticle.class, 3000)).hasSize(3000);
        }
    }

    @Test
    void shouldFollowAFeedAndNotPublishRepeatsAfterARestart() throws Exception {
        try (TestServer server = new TestServer()) {
            AtomicReference<String> items = new AtomicReference<>(item(server, "one") + item(server, "two"));
            server.on("/feed.xml", exchange -> TestServer.send(exchange, 200, "application/rss+xml",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>"
                            + server.url("/") + "</link><description>d</description>" + items.get()
                            + "</channel></rss>"));
            for (String name : List.of("one", "two", "three")) {
                server.page("/" + name + ".html", "text/html", "<html><head><title>Story " + name
                        + "</title></head><body><article><p>" + P1 + "</p><p>" + P2 + " (" + name + ")</p>"
                        + "</article></body></html>");
            }
            DyadwatchConfig config = DyadwatchConfig.defaults()
                    .with(Option.BOOTSTRAP_SERVERS, kafka.bootstrapServers())
                    .with(Option.SCHEMA_REGISTRY_URL, registry.url())
                    .with(Option.TOPIC_PREFIX, "follow.");
            IngestTopics.ensure(config, true, Duration.ofSeconds(30));
            Topics topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
            Path stateDir = dir.resolve("state");
            pollOnce(config, topics, stateDir, server);
            items.set(items.get() + item(server, "three"));
            pollOnce(config, topics, stateDir, server);
            pollOnce(config, topics, stateDir, server);
            List<RawArticle> articles = readAll("follow.articles-raw", RawArticle.class, 3);
            assertThat(articles).extracting(RawArticle::getTitle)
                    .containsExactlyInAnyOrder("Story one", "Story two", "Story three");
            assertThat(server.requestsTo("/one.html")).hasSize(1);
        }
    }

    private static String item(TestServer server, String name) {
        return "<item><title>" + name + "</title><link>" + server.url("/" + name + ".html") + "</link></item>";
    }

    /** One poll by a freshly started follower, as after a restart. */
    private static void pollOnce(DyadwatchConfig config, Topics topics, Path stateDir, TestServer server) {
        FollowState state = FollowState.load(stateDir, Clock.systemUTC(), Duration.ofDays(30), 1000);
        ArticleInputs reader = ArticleInputs.builder().linkMemory(state).validatorStore(state)
                .fetchSettings(FetchSettings.defaults().withPerHostInterval(Duration.ZERO)).build();
        try (ArticlePublisher publisher = ArticlePublisher.create(config.kafkaClientProperties(), topics,
                state::rememberArticle)) {
            new Follower(reader, publisher, state, List.of(server.url("/feed.xml")), Duration.ofSeconds(1))
                    .pollOnce();
        }
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> List<V> readAll(String topic, Class<V> type,
            int atLeast) {
        var serde = dev.dyadwatch.registry.AvroSerde.of(type, SchemaRegistryClient.forUrl(registry.url()), false);
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(), "group.id", "check-" + topic,
                "auto.offset.reset", "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int emptyPolls = 0;
            while (System.nanoTime() < deadline && (values.size() < atLeast || emptyPolls < 3)) {
                var records = consumer.poll(Duration.ofMillis(500));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    values.add(serde.deserialize(topic, record.value()));
                }
            }
        }
        return values;
    }
}
