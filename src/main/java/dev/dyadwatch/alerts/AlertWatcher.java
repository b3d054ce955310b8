package dev.dyadwatch.alerts;

import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted alerts topic as a monitoring client does: first everything up to its current end (the
 * latest record per dyad is that dyad's current alert), then each update as it is committed. No consumer group:
 * nothing is committed, every run starts from the beginning. A record that cannot be read is logged and skipped.
 */
public final class AlertWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWatcher.class);

    private final KafkaConsumer<String, DyadAlert> consumer;
    private final String topic;
    private volatile boolean stopped;
    private volatile Map<TopicPartition, Long> positions = Map.of();

    /**
     * A watcher of {@code topic}.
     *
     * @param clientProperties bootstrap servers and any security properties
     */
    public AlertWatcher(Map<String, Object> clientProperties, Topic<String, DyadAlert> topic) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dyadwatch-alerts-watcher");
        this.consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.topic = topic.name();
    }

    /**
     * Reads the topic from its beginning to its end as of now and returns the current alert of every dyad, by
     * dyad (a tombstone removes one).
     *
     * @param timeout how long to wait for the topic and for its records
     */
    public Map<String, DyadAlert> current(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> partitions = partitions(timeout);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Map<String, DyadAlert> current = new TreeMap<>();
        while (!stopped && !reached(end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read topic " + topic + " to its end within "
                        + timeout.toSeconds() + " s");
            }
            poll(record -> {
                if (record.value() == null) {
                    current.remove(record.key());
                } else {
                    current.put(record.key(), record.value());
                }
            });
        }
        return current;
    }

    /** Hands every update after {@link #current} to {@code sink} as it arrives, until {@link #stop()}. */
    public void follow(Consumer<DyadAlert> sink) {
        while (!stopped) {
            poll(record -> {
                if (record.value() != null) {
                    sink.accept(record.value());
                }
            });
            recordPositions();
        }
    }

    /**
     * How far {@link #follow} has read, per partition, as of its last poll (readable from any thread): every
     * update before these offsets has been handed to the sink.
     */
    public Map<TopicPartition, Long> positions() {
        return positions;
    }

    private void recordPositions() {
        Map<TopicPartition, Long> now = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            now.put(partition, consumer.position(partition));
        }
        positions = Map.copyOf(now);
    }

    /** Ends {@link #current} or {@link #follow} from any thread. */
    public void stop() {
        stopped = true;
        consumer.wakeup();
    }

    private void poll(Consumer<ConsumerRecord<String, DyadAlert>> handler) {
        try {
            consumer.poll(Duration.ofMillis(200)).forEach(handler);
        } catch (RecordDeserializationException e) {
            LOG.warn("Skipping unreadable record of {}-{} at offset {}: {}", e.topicPartition().topic(),
                    e.topicPartition().partition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        } catch (WakeupException e) {
            if (!stopped) {
                throw e;
            }
        }
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (System.nanoTime() > deadline || stopped) {
                throw new IllegalStateException("topic " + topic + " does not exist; create the topics "
                        + "('dyadwatch topics create') and run the pipeline first");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
