package dev.dyadwatch.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The registry's log in a compacted, single-partition Kafka topic ({@code _schemas} by default), in the same
 * key and value layout as Confluent's registry: keys {@code {"keytype":"SCHEMA","subject":..,"version":..,
 * "magic":1}} or {@code {"keytype":"CONFIG","subject":..,"magic":0}}, values the schema or the level. The topic
 * is created (compacted, one partition) when missing.
 */
public final class KafkaSchemaLog implements SchemaLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final Map<String, Object> clientProperties;
    private final KafkaProducer<byte[], byte[]> producer;

    /**
     * Opens the log; fails with a clear message when Kafka is unreachable.
     *
     * @param clientProperties Kafka client properties: bootstrap.servers, and security settings if any
     * @param topic the topic holding the log
     * @param replicationFactor replication factor used if the topic has to be created
     */
    public KafkaSchemaLog(Map<String, Object> clientProperties, String topic, short replicationFactor) {
        this.topic = topic;
        this.clientProperties = Map.copyOf(clientProperties);
        ensureTopic(replicationFactor);
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put("acks", "all");
        props.put("enable.idempotence", true);
        props.put("max.block.ms", (int) TIMEOUT.toMillis());
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public List<SchemaLogEntry> readAll() {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put("enable.auto.commit", false);
        props.put("isolation.level", "read_committed");
        List<SchemaLogEntry> entries = new ArrayList<>();
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the schema log " + topic + " to its end ("
                            + end + ") within " + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    SchemaLogEntry entry = decode(record.key(), record.value());
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries;
    }

    @Override
    public void append(SchemaLogEntry entry) {
        try {
            producer.send(new ProducerRecord<>(topic, 0, key(entry), value(entry)))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw RegistryError.storeError("cannot write to " + topic + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw RegistryError.storeError("Kafka did not acknowledge the write to " + topic + " within "
                    + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryError.storeError("interrupted while writing to " + topic);
        }
    }

    @Override
    public String describe() {
        return "Kafka topic " + topic + " at " + clientProperties.get("bootstrap.servers");
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private void ensureTopic(short replicationFactor) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put("default.api.timeout.ms", (int) TIMEOUT.toMillis());
        props.put("request.timeout.ms", 10_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (names.contains(topic)) {
                return;
            }
            NewTopic newTopic = new NewTopic(topic, 1, replicationFactor)
                    .configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the schema log topic " + topic + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + clientProperties.get("bootstrap.servers")
                    + " did not answer within " + TIMEOUT.toSeconds() + " s; is it running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the schema log topic " + topic, e);
        }
    }

    static byte[] key(SchemaLogEntry entry) {
        ObjectNode key = JSON.createObjectNode();
        key.put("keytype", entry.kind().name());
        if (entry.subject() == null) {
            key.putNull("subject");
        } else {
            key.put("subject", entry.subject());
        }
        if (entry.kind() == SchemaLogEntry.Kind.SCHEMA) {
            key.put("version", entry.version());
            key.put("magic", 1);
        } else {
            key.put("magic", 0);
        }
        return key.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] value(SchemaLogEntry entry) {
        ObjectNode value = JSON.createObjectNode();
        if (entry.kind() == SchemaLogEntry.Kind.SCHEMA) {
            value.put("subject", entry.subject());
            value.put("version", entry.version());
            value.put("id", entry.id());
            value.put("schema", entry.schema());
            value.put("deleted", false);
        } else {
            value.put("compatibilityLevel", entry.compatibility());
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The entry a record holds, or null for records this registry does not use (NOOP keys, tombstones). */
    static SchemaLogEntry decode(byte[] keyBytes, byte[] valueBytes) {
        if (keyBytes == null || valueBytes == null) {
            return null;
        }
        try {
            JsonNode key = JSON.readTree(keyBytes);
            JsonNode value = JSON.readTree(valueBytes);
            String subject = key.path("subject").isNull() ? null : key.path("subject").asText(null);
            switch (key.path("keytype").asText("")) {
                case "SCHEMA":
                    if (value.path("deleted").asBoolean(false)) {
                        return null;
                    }
                    return SchemaLogEntry.schema(subject, value.path("version").asInt(), value.path("id").asInt(),
                            value.path("schema").asText());
                case "CONFIG":
                    return SchemaLogEntry.config(subject, value.path("compatibilityLevel").asText());
                default:
                    return null;
            }
        } catch (IOException e) {
            throw new IllegalStateException("the schema log holds a record that is not registry JSON: "
                    + new String(keyBytes, StandardCharsets.UTF_8), e);
        }
    }
}
