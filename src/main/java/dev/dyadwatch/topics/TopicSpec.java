package dev.dyadwatch.topics;

import java.util.Map;
import java.util.Objects;

/**
 * How a topic is created: partitions, replication and topic-level configuration.
 *
 * @param name full topic name
 * @param partitions number of partitions
 * @param replicationFactor replication factor
 * @param configs topic-level configs such as {@code cleanup.policy} and {@code retention.ms}
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        configs = Map.copyOf(configs);
        if (partitions <= 0 || replicationFactor <= 0) {
            throw new IllegalArgumentException("topic " + name + " needs positive partitions and replication");
        }
    }

    public boolean compacted() {
        return "compact".equals(configs.get("cleanup.policy"));
    }
}
