package dev.dyadwatch.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * What a run wrote to each topic of a broker: bytes on disk and log entries (records plus, with exactly-once,
 * one transaction marker per partition per commit), read from the broker's log directories and end offsets. The
 * bench divides them by the articles it produced, which shows where the pipeline's work per article goes.
 *
 * @param topic the topic, internal topics included
 * @param bytes bytes in its logs (after compression; a compacted or deleted segment no longer counts)
 * @param entries the sum of its partitions' end offsets
 */
public record TopicTraffic(String topic, long bytes, long entries) {

    /** Every topic of the broker {@code admin} talks to, the largest first. */
    public static List<TopicTraffic> measure(Admin admin) throws InterruptedException {
        try {
            Set<String> names = admin.listTopics().names().get();
            Map<String, Long> bytes = new HashMap<>();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            var brokers = admin.describeCluster().nodes().get().stream().map(node -> node.id()).toList();
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get()
                    .values()) {
                for (LogDirDescription dir : dirs.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                        if (names.contains(replica.getKey().topic())) {
                            bytes.merge(replica.getKey().topic(), replica.getValue().size(), Long::sum);
                            ends.put(replica.getKey(), OffsetSpec.latest());
                        }
                    }
                }
            }
            Map<String, Long> entries = new HashMap<>();
            admin.listOffsets(ends).all().get().forEach((partition, info) ->
                    entries.merge(partition.topic(), info.offset(), Long::sum));
            List<TopicTraffic> traffic = new ArrayList<>();
            for (String name : names) {
                traffic.add(new TopicTraffic(name, bytes.getOrDefault(name, 0L), entries.getOrDefault(name, 0L)));
            }
            traffic.sort(Comparator.comparingLong(TopicTraffic::bytes).reversed()
                    .thenComparing(TopicTraffic::topic));
            return traffic;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the broker's log directories: " + e.getCause(), e);
        }
    }
}
