package dev.dyadwatch.dedupe;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends each internal message to the partition it names: a band partition, or the home partition of the article
 * it concerns, which is the {@code articles-raw} partition the article was read from.
 */
final class DestinationPartitioner implements StreamPartitioner<Long, DedupeMessage> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, Long key, DedupeMessage message, int numPartitions) {
        int destination = message.destination();
        if (destination < 0 || destination >= numPartitions) {
            throw new IllegalStateException("dedupe message " + message.getClass().getSimpleName() + " is for "
                    + "partition " + destination + " but " + topic + " has " + numPartitions + " partitions: "
                    + "articles-raw must not have more partitions than topic.partitions");
        }
        return Optional.of(Set.of(destination));
    }
}
