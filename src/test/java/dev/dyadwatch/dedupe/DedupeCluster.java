package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.pipeline.StreamsSettings;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.TopicAdmin;
import dev.dyadwatch.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;

/**
 * Dedupe running for real: an embedded KRaft broker, the embedded registry, the topics created as
 * {@code topics create} creates them, and a Kafka Streams application with the dedupe topology only.
 */
public final class DedupeCluster implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;
    private final DyadwatchConfig config;
    private final Topics topics;
    private final Path stateDir;
    private final List<KafkaStreams> instances = new ArrayList<>();
    private int started;

    public DedupeCluster(int partitions, Duration horizon, Map<Option, String> more) {
        try {
            stateDir = Files.createTempDirectory("dedupe-cluster");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = EmbeddedKafka.start();
        registry = EmbeddedRegistry.startInMemory();
        DyadwatchConfig base = DyadwatchConfig.defaults()
                .with(Option.BOOTSTRAP_SERVERS, kafka.bootstrapServers())
                .with(Option.SCHEMA_REGISTRY_URL, registry.url())
                .with(Option.TOPIC_PARTITIONS, String.valueOf(partitions))
                .with(Option.DEDUPE_HORIZON_MS, String.valueOf(horizon.toMillis()))
                .with(Option.STATE_DIR, stateDir.toString())
                // Test articles are dated 2023 and 2024: time-based retention must not delete them mid-test.
                .with(Option.TOPIC_RETENTION_MS, String.valueOf(Duration.ofDays(365L * 100).toMillis()))
                .with(Option.APPLICATION_ID, "dedupe-" + Long.toHexString(System.nanoTime()));
        for (Map.Entry<Option, String> option : more.entrySet()) {
            base = base.with(option.getKey(), option.getValue());
        }
        config = base;
        topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            new TopicAdmin(admin, Duration.ofSeconds(30)).createAll(topics.specs());
        }
    }

    /** Starts one more application instance (each with its own state directory and stream threads). */
    public KafkaStreams startInstance() {
        return startInstance(config.applicationId());
    }

    /** Starts an instance of application {@code applicationId} (a new one reads articles-raw from the start). */
    public KafkaStreams startInstance(String applicationId) {
        Properties props = StreamsSettings.properties(config, topics.articlesDlq());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        // Every instance gets a state directory of its own, so a restarted one restores from the changelogs.
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("instance-" + started++).toString());
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        new DedupeTopology(topics, DedupeSettings.from(config).forApplication(applicationId)).addTo(builder);
        KafkaStreams streams = new KafkaStreams(builder.build(props), props);
        instances.add(streams);
        streams.start();
        awaitTrue(Duration.ofSeconds(60), () -> streams.state() == KafkaStreams.State.RUNNING);
        return streams;
    }

    /** The embedded broker's bootstrap servers. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The partition of {@code articles-raw} a record keyed by {@code id} goes to. */
    public int partitionOf(String id, int partitions) {
        return Utils.toPositive(Utils.murmur2(id.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * Produces articles keyed by id, in order, and waits until all are acknowledged. Records carry the time they
     * are produced, as ingest's do: a publication time of 2024 as record time would let the broker's 30-day
     * retention delete them while they wait to be read.
     */
    public void produce(List<RawArticle> articles) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put("acks", "all");
        props.put("enable.idempotence", true);
        props.put("linger.ms", 5);
        props.put("batch.size", 262_144);
        props.put("compression.type", "lz4");
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props,
                topics.articlesRaw().keySerde().serializer(), topics.articlesRaw().valueSerde().serializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>(articles.size());
            for (RawArticle article : articles) {
                sent.add(producer.send(new ProducerRecord<>(topics.articlesRaw().name(), article.getId(), article)));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("producing articles failed", e);
        }
    }

    /** Reads both outputs until {@code expected} records arrived in all, or the timeout passed. */
    public Outputs readOutputs(int expected, Duration timeout) {
        Outputs outputs = new Outputs(new ArrayList<>(), new ArrayList<>());
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put("group.id", "reader-" + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(topics.articlesUnique().name(), topics.articlesDuplicates().name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (outputs.unique().size() + outputs.duplicates().size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.topic().equals(topics.articlesUnique().name())) {
                        outputs.unique().add(topics.articlesUnique().valueSerde().deserializer()
                                .deserialize(record.topic(), record.value()));
                    } else {
                        outputs.duplicates().add(topics.articlesDuplicates().valueSerde().deserializer()
                                .deserialize(record.topic(), record.value()));
                    }
                }
            }
        }
        return outputs;
    }

    /** Where the two output topics end now: count from there to see only what comes next. */
    public Map<org.apache.kafka.common.TopicPartition, Long> outputEnds() {
        try (KafkaConsumer<byte[], byte[]> consumer = reader("ends-")) {
            List<org.apache.kafka.common.TopicPartition> partitions = outputPartitions(consumer);
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    /**
     * Counts the records of both outputs after {@code from} until {@code expected} arrived, or the timeout passed.
     */
    public int countOutputs(Map<org.apache.kafka.common.TopicPartition, Long> from, int expected,
            Duration timeout) {
        int count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = reader("counter-")) {
            List<org.apache.kafka.common.TopicPartition> partitions = outputPartitions(consumer);
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count < expected && System.nanoTime() < deadline) {
                count += consumer.poll(Duration.ofMillis(100)).count();
            }
        }
        return count;
    }

    private KafkaConsumer<byte[], byte[]> reader(String group) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put("group.id", group + System.nanoTime());
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private List<org.apache.kafka.common.TopicPartition> outputPartitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.articlesUnique().name(), topics.articlesDuplicates().name())) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(
                    new org.apache.kafka.common.TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    /** What dedupe published. */
    public record Outputs(List<UniqueArticle> unique, List<DuplicateVerdict> duplicates) {
    }

    static void awaitTrue(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("condition not met within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Bytes of dedupe state on disk (RocksDB stores of every instance), after the instances are closed. */
    public long stateBytes() {
        try (var files = Files.walk(stateDir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of RocksDB table files per dedupe store, over every instance and task. */
    public Map<String, Long> stateBytesByStore() {
        Set<String> stores = Set.of(DedupeStores.ARTICLES, DedupeStores.BANDS, DedupeStores.PENDING,
                DedupeStores.PARKED_CLAIMS, DedupeStores.PARKED_DEFERRALS);
        Map<String, Long> bytes = new java.util.TreeMap<>();
        try (var files = Files.walk(stateDir)) {
            files.filter(path -> path.toString().endsWith(".sst")).forEach(path -> {
                for (Path part : stateDir.relativize(path)) {
                    if (stores.contains(part.toString())) {
                        try {
                            bytes.merge(part.toString(), Files.size(path), Long::sum);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        break;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    public void stopInstances() {
        instances.forEach(streams -> streams.close(Duration.ofSeconds(30)));
        instances.clear();
    }

    @Override
    public void close() {
        stopInstances();
        registry.close();
        kafka.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
