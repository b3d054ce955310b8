package dev.dyadwatch.topics;

import dev.dyadwatch.config.DyadwatchConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates dyadwatch's topics idempotently: missing topics are created, existing ones are checked against
 * their spec and any difference is reported (never silently changed).
 */
public final class TopicAdmin {

    /** What happened to one topic. */
    public enum Outcome { CREATED, EXISTS, EXISTS_DIFFERENT }

    /**
     * The result for one topic.
     *
     * @param spec the wanted topic
     * @param outcome created, already there as specified, or already there but different
     * @param differences what differs from the spec, empty unless {@code EXISTS_DIFFERENT}
     */
    public record Result(TopicSpec spec, Outcome outcome, List<String> differences) {
    }

    private final Admin admin;
    private final Duration timeout;

    public TopicAdmin(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Creates every topic of {@code config} on its cluster (missing ones only) and reports each. */
    public static List<Result> createAll(DyadwatchConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            return new TopicAdmin(admin, Duration.ofSeconds(30)).createAll(Topics.specs(config));
        }
    }

    /** Creates each missing topic and describes the existing ones, in the order given. */
    public List<Result> createAll(List<TopicSpec> specs) {
        List<Result> results = new ArrayList<>();
        Map<String, KafkaFuture<Void>> created = admin.createTopics(specs.stream()
                .map(s -> new NewTopic(s.name(), s.partitions(), s.replicationFactor()).configs(s.configs()))
                .toList()).values();
        for (TopicSpec spec : specs) {
            try {
                await(created.get(spec.name()));
                results.add(new Result(spec, Outcome.CREATED, List.of()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + spec.name() + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
                List<String> differences = describeDifferences(spec);
                results.add(new Result(spec, differences.isEmpty() ? Outcome.EXISTS : Outcome.EXISTS_DIFFERENT,
                        differences));
            }
        }
        return results;
    }

    private List<String> describeDifferences(TopicSpec spec) {
        try {
            return differences(spec);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe existing topic " + spec.name() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private List<String> differences(TopicSpec spec) throws ExecutionException {
        List<String> differences = new ArrayList<>();
        TopicDescription description = await(admin.describeTopics(List.of(spec.name()))
                .topicNameValues().get(spec.name()));
        if (description.partitions().size() != spec.partitions()) {
            differences.add("has " + description.partitions().size() + " partitions, spec says "
                    + spec.partitions());
        }
        int replicas = description.partitions().get(0).replicas().size();
        if (replicas != spec.replicationFactor()) {
            differences.add("has replication factor " + replicas + ", spec says " + spec.replicationFactor());
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
        Config actual = await(admin.describeConfigs(List.of(resource)).values().get(resource));
        for (Map.Entry<String, String> wanted : spec.configs().entrySet()) {
            ConfigEntry entry = actual.get(wanted.getKey());
            String value = entry == null ? null : entry.value();
            if (!wanted.getValue().equals(value)) {
                differences.add(wanted.getKey() + " is " + value + ", spec says " + wanted.getValue());
            }
        }
        return differences;
    }

    private <T> T await(KafkaFuture<T> future) throws ExecutionException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout.toSeconds()
                    + " s while creating topics; is the cluster reachable?", e);
        }
    }
}
