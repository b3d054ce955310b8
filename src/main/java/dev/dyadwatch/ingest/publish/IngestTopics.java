package dev.dyadwatch.ingest.publish;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.topics.TopicAdmin;
import dev.dyadwatch.topics.TopicSpec;
import dev.dyadwatch.topics.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Makes sure the topics ingest writes ({@code articles-raw}, {@code articles-dlq}) exist and every partition accepts
 * writes before the first article is sent.
 *
 * <p>The wait matters: a partition whose leader is not serving yet answers the first batch of a new idempotent
 * producer with NOT_LEADER_OR_FOLLOWER while later batches, arriving a moment after, are accepted; the first batch
 * then fails with OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout and its articles are lost to the topic
 * (measured here on a freshly created topic). A partition answers a ListOffsets request only once its leader serves
 * it, which is the readiness waited for.
 */
public final class IngestTopics {

    private IngestTopics() {
    }

    /**
     * Creates the topics if {@code create} and they are missing (as {@code topics create} would), then waits until
     * every partition of both is served by its leader.
     *
     * @throws IllegalStateException when a topic is missing and may not be created, or is not served within
     *         {@code timeout}
     */
    public static void ensure(DyadwatchConfig config, boolean create, Duration timeout) {
        List<String> names = List.of(config.topicPrefix() + Topics.ARTICLES_RAW,
                config.topicPrefix() + Topics.ARTICLES_DLQ);
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            if (create) {
                List<TopicSpec> specs = Topics.specs(config).stream().filter(spec -> names.contains(spec.name()))
                        .toList();
                new TopicAdmin(admin, timeout).createAll(specs);
            }
            awaitServed(admin, names, create, timeout);
        }
    }

    /** Waits until every partition answers ListOffsets; a topic just created may be unknown for a moment. */
    private static void awaitServed(Admin admin, List<String> topics, boolean justCreated, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> partitions = described.values().stream()
                        .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                admin.listOffsets(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException && !justCreated) {
                    throw new IllegalStateException("topic " + String.join(" or ", topics) + " does not exist; "
                            + "create it with 'dyadwatch topics create' or let ingest create it", e.getCause());
                }
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + topics + " are not served by their leaders: "
                            + e.getCause().getMessage(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("topics " + topics + " are not served by their leaders within "
                        + timeout.toSeconds() + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics " + topics, e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics " + topics, e);
            }
        }
    }
}
