package dev.dyadwatch.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.registry.AvroSerde;
import dev.dyadwatch.registry.SchemaRegistryClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dyadwatch's serde and embedded registry against a client of the Confluent protocol written by others: npm's
 * kafkajs with @kafkajs/confluent-schema-registry, installed from the npm registry by this test's setup.
 */
@Tag("integration")
class ConfluentClientInteropIT {

    static final Path INTEROP = Path.of("src/test/interop").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    static EmbeddedKafka kafka;
    static EmbeddedRegistry registry;
    static SchemaRegistryClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        installClients();
        kafka = EmbeddedKafka.start();
        registry = EmbeddedRegistry.startOnKafka(Map.of("bootstrap.servers", kafka.bootstrapServers()), "_schemas",
                (short) 1, "localhost", 0, null);
        client = SchemaRegistryClient.forUrl(registry.url());
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("interop-from-java", 1, (short) 1),
                    new NewTopic("interop-from-node", 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    static RawArticle article(String id, String dateline) {
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl("https://frontierledger.example/world/pak-rus-call?utm_source=feed")
                .setCanonicalUrl("https://frontierledger.example/world/pak-rus-call")
                .setTitle("Sharif and Putin discuss energy — and “the road ahead”")
                .setText("The two leaders spoke by telephone on Tuesday, officials said. Ünïcode stays intact.")
                .setDateline(dateline)
                .setSource("The Frontier Ledger")
                .setPublishedAt(Instant.ofEpochMilli(1_741_000_000_123L))
                .setPublishedAtSource(TimeSource.PAGE_METADATA)
                .setFetchedAt(Instant.ofEpochMilli(1_741_000_100_000L))
                .setLanguage("eng")
                .setInputFormat(InputFormat.HTML)
                .setOrigin("/data/pages/call.html")
                .setContentHash("ab".repeat(32))
                .build();
    }

    /** The article as plain JSON values, the way Avro's JSON-less clients hold records. */
    static Map<String, Object> asJson(RawArticle a) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", a.getId());
        value.put("url", a.getUrl());
        value.put("canonicalUrl", a.getCanonicalUrl());
        value.put("title", a.getTitle());
        value.put("text", a.getText());
        value.put("dateline", a.getDateline());
        value.put("source", a.getSource());
        value.put("publishedAt", a.getPublishedAt().toEpochMilli());
        value.put("publishedAtSource", a.getPublishedAtSource().name());
        value.put("fetchedAt", a.getFetchedAt().toEpochMilli());
        value.put("language", a.getLanguage());
        value.put("inputFormat", a.getInputFormat().name());
        value.put("origin", a.getOrigin());
        value.put("contentHash", a.getContentHash());
        return value;
    }

    @Test
    void shouldBeReadByAThirdPartyClientThroughTheEmbeddedRegistry() throws Exception {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class, client, true);
        RawArticle sent = article("a1", "ISLAMABAD");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers(), "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("interop-from-java", sent.getId(),
                    serde.serialize("interop-from-java", sent))).get();
        }
        String output = node("consume", kafka.bootstrapServers(), registry.url(), "interop-from-java", "1");
        JsonNode record = JSON.readTree(output.lines().findFirst().orElseThrow());
        assertThat(record.path("key").asText()).isEqualTo("a1");
        assertThat(record.path("schemaId").asInt())
                .isEqualTo(client.lookup("interop-from-java-value", RawArticle.getClassSchema()).orElseThrow().id());
        assertThat(record.path("value")).isEqualTo(JSON.valueToTree(asJson(sent)));
    }

    @Test
    void shouldReadWhatAThirdPartyClientWrote() throws Exception {
        client.register("interop-from-node-value", RawArticle.getClassSchema());
        RawArticle expected = article("n1", null);
        Path file = dir.resolve("value.json");
        Files.writeString(file, JSON.writeValueAsString(asJson(expected)));
        node("produce", kafka.bootstrapServers(), registry.url(), "interop-from-node", file.toString());
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class, client, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers(), "group.id", "interop-java", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("interop-from-node"));
            RawArticle read = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (read == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    read = serde.deserialize(record.topic(), record.value());
                }
            }
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void shouldEncodeTheSameValueToTheSameBytes() throws Exception {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class, client, true);
        RawArticle value = article("same-bytes", "MOSCOW");
        byte[] ours = serde.serialize("interop-bytes", value);
        int id = client.lookup("interop-bytes-value", RawArticle.getClassSchema()).orElseThrow().id();
        Path file = dir.resolve("same.json");
        Files.writeString(file, JSON.writeValueAsString(asJson(value)));
        String theirs = node("encode", registry.url(), String.valueOf(id), file.toString()).strip();
        assertThat(theirs).isEqualTo(HexFormat.of().formatHex(ours));
    }

    /** Installs the npm packages the first time (package-lock.json pins them). */
    static void installClients() throws IOException, InterruptedException {
        if (Files.isDirectory(INTEROP.resolve("node_modules/kafkajs"))
                && Files.isDirectory(INTEROP.resolve("node_modules/@kafkajs/confluent-schema-registry"))) {
            return;
        }
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Duration.ofMinutes(5));
    }

    static String node(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("node", "interop.js"));
        command.addAll(List.of(args));
        return run(command, Duration.ofSeconds(60));
    }

    static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("interop", ".err");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(INTEROP.toFile())
                    .redirectError(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is needed for the interoperability test and did not start "
                    + "(is Node.js installed?): " + e.getMessage(), e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + Files.readString(log));
        }
        Files.deleteIfExists(log);
        return new String(out, StandardCharsets.UTF_8);
    }
}
