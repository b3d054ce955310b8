package dev.dyadwatch.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether the pipeline has processed everything written to its input topics so far: for every partition the
 * application reads (its source topics and its repartition topics), the committed offset of its consumer group
 * has reached the last stable offset, no transaction is open, and nothing but transaction markers lies between.
 * How the demo knows that all its input is processed and its alerts are out, and how the bench measures.
 */
public final class PipelineProgress implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> peek;
    private final String applicationId;
    private final List<String> sourceTopics;

    /**
     * @param clientProperties Kafka client properties (bootstrap servers, security)
     * @param applicationId the Kafka Streams application id, which is its consumer group
     * @param sourceTopics the topics the application reads from outside (its repartition topics are found)
     */
    public PipelineProgress(Map<String, Object> clientProperties, String applicationId,
            Collection<String> sourceTopics) {
        this.admin = Admin.create(clientProperties);
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put("isolation.level", "read_committed");
        props.put("enable.auto.commit", false);
        this.peek = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.applicationId = applicationId;
        this.sourceTopics = List.copyOf(sourceTopics);
    }

    /** One look: true when every input partition is processed to its end. */
    public boolean caughtUp() {
        try {
            Set<TopicPartition> partitions = inputPartitions();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> stable = ends(partitions, IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> high = ends(partitions, IsolationLevel.READ_UNCOMMITTED);
            for (TopicPartition partition : partitions) {
                long end = stable.get(partition);
                if (high.get(partition) > end) {
                    return false;
                }
                OffsetAndMetadata offset = committed.get(partition);
                long position = offset == null ? 0 : offset.offset();
                if (position < end && holdsRecords(partition, position, end)) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the progress of " + applicationId + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + CALL_TIMEOUT.toSeconds()
                    + " s while reading the progress of " + applicationId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the progress of " + applicationId, e);
        }
    }

    /**
     * Waits until {@link #caughtUp()} holds on consecutive looks {@code settle} apart (a record in flight between
     * two stages shows up on one of them).
     *
     * @return true when caught up, false when {@code timeout} passed first
     */
    public boolean awaitCaughtUp(Duration timeout, Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int streak = 0;
        while (System.nanoTime() < deadline) {
            streak = caughtUp() ? streak + 1 : 0;
            if (streak >= 3) {
                return true;
            }
            Thread.sleep(settle.toMillis());
        }
        return false;
    }

    @Override
    public void close() {
        peek.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }

    private Set<TopicPartition> inputPartitions() throws ExecutionException, InterruptedException, TimeoutException {
        List<String> topics = new ArrayList<>(sourceTopics);
        for (String name : admin.listTopics().names().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            if (name.startsWith(applicationId + "-") && name.endsWith("-repartition")) {
                topics.add(name);
            }
        }
        Set<TopicPartition> partitions = new HashSet<>();
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        described.values().forEach(d -> d.partitions()
                .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
        return partitions;
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions, IsolationLevel isolation)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin
                .listOffsets(request, new ListOffsetsOptions(isolation)).all()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        answer.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** True when a committed record (not only transaction markers) lies in [from, to) of the partition. */
    private boolean holdsRecords(TopicPartition partition, long from, long to) {
        peek.assign(List.of(partition));
        peek.seek(partition, from);
        long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
        while (peek.position(partition) < to && System.nanoTime() < deadline) {
            if (!peek.poll(Duration.ofMillis(100)).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
