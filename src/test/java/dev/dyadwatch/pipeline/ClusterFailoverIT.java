package dev.dyadwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topic;
import dev.dyadwatch.topics.TopicAdmin;
import dev.dyadwatch.topics.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-node KRaft cluster of separate broker processes, topics on three replicas with two in sync: the
 * pipeline keeps every article, once, when one broker is killed with SIGKILL in the middle of the stream.
 */
@Tag("integration")
class ClusterFailoverIT {

    static final Path JAR = Path.of(System.getProperty("dyadwatch.jar", "target/dyadwatch.jar"));

    @TempDir
    Path dir;

    final List<Process> brokers = new ArrayList<>();

    @AfterEach
    void stopBrokersTogether() throws InterruptedException {
        // A KRaft cluster stopped one node at a time leaves the last waiting for its quorum: stop all at once.
        brokers.forEach(Process::destroy);
        for (Process broker : brokers) {
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    @Test
    void shouldKeepEveryArticleOnceWhenABrokerIsKilled() throws Exception {
        int[] ports = IntStream.range(0, 6).map(i -> freePort()).toArray();
        String voters = IntStream.range(0, 3).mapToObj(i -> (i + 1) + "@localhost:" + ports[3 + i])
                .collect(Collectors.joining(","));
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        CountDownLatch ready = new CountDownLatch(3);
        StringBuffer output = new StringBuffer();
        for (int i = 0; i < 3; i++) {
            Process broker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", JAR.toString(), "broker", "--node-id", String.valueOf(i + 1),
                    "--port", String.valueOf(ports[i]), "--controller-port", String.valueOf(ports[3 + i]),
                    "--controller-quorum-voters", voters, "--cluster-id", clusterId,
                    "--data-dir", dir.resolve("node-" + (i + 1)).toString()).redirectErrorStream(true).start();
            brokers.add(broker);
            watch(broker, ready, output);
        }
        assertThat(ready.await(120, TimeUnit.SECONDS)).as("three brokers up:%n%s", output).isTrue();
        String bootstrap = IntStream.range(0, 3).mapToObj(i -> "localhost:" + ports[i])
                .collect(Collectors.joining(","));
        DyadwatchConfig config = DyadwatchConfig.defaults().with(Option.BOOTSTRAP_SERVERS, bootstrap)
                .with(Option.TOPIC_REPLICATION_FACTOR, "3").with(Option.TOPIC_PARTITIONS, "3")
                .with(Option.STATE_DIR, dir.resolve("state").toString());
        TopicAdmin.createAll(config);
        try (EmbeddedRegistry registry = EmbeddedRegistry.startOnKafka(config.kafkaClientProperties(),
                config.registryTopic(), (short) 3, "localhost", 0, null)) {
            DyadwatchConfig withRegistry = config.with(Option.SCHEMA_REGISTRY_URL, registry.url());
            Topics topics = Topics.create(withRegistry, SchemaRegistryClient.forUrl(registry.url()));
            try (PipelineRunner runner = PipelineRunner.create(withRegistry, topics)) {
                runner.start(false, Duration.ofMinutes(2));
                Topic<String, RawArticle> raw = topics.articlesRaw();
                try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                        bootstrap, "acks", "all", "enable.idempotence", true, "delivery.timeout.ms", 120_000),
                        raw.keySerde().serializer(), raw.valueSerde().serializer())) {
                    for (int n = 0; n < 300; n++) {
                        if (n == 150) {
                            producer.flush();
                            brokers.get(1).destroyForcibly().waitFor();
                        }
                        RawArticle article = article(n);
                        producer.send(new ProducerRecord<>(raw.name(), article.getId(), article));
                    }
                    producer.flush();
                }
                Set<String> ids = readIds(bootstrap, topics.articlesUnique(), 300);
                assertThat(ids).hasSize(300);
            }
        }
    }

    static RawArticle article(int n) {
        String text = "Report number " + n + " from the wire: officials of two countries met on day " + n
                + " and discussed trade, energy and a visit planned for later in the year. Item " + (n * 7919);
        return RawArticle.newBuilder().setId("article-" + n).setTitle("Report " + n).setText(text)
                .setSource("The Frontier Ledger")
                .setPublishedAt(Instant.parse("2025-03-01T00:00:00Z").plusSeconds(n * 60L))
                .setPublishedAtSource(TimeSource.INPUT_FIELD).setFetchedAt(Instant.parse("2025-03-02T00:00:00Z"))
                .setInputFormat(InputFormat.JSONL).setOrigin("failover-test")
                .setContentHash(Integer.toHexString(text.hashCode()) + "-" + n).build();
    }

    static Set<String> readIds(String bootstrap, Topic<String, UniqueArticle> topic, int expected) {
        Set<String> ids = new HashSet<>();
        List<String> all = new ArrayList<>();
        try (KafkaConsumer<String, UniqueArticle> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                bootstrap, "group.id", "failover-reader", "auto.offset.reset", "earliest", "isolation.level",
                "read_committed"), topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.currentTimeMillis() + 120_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, UniqueArticle> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(record.key());
                    all.add(record.key());
                }
                if (ids.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 3_000;
                }
            }
        }
        assertThat(all).as("no article published twice").doesNotHaveDuplicates();
        return ids;
    }

    /** Drains the broker's output and counts {@code ready} down once it says it is listening. */
    private static void watch(Process broker, CountDownLatch ready, StringBuffer output) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(broker.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    output.append(line).append('\n');
                    if (line.startsWith("Kafka broker listening")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                output.append("output closed: ").append(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
