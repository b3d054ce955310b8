package dev.dyadwatch.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic with the serdes of its keys and values: the only way stages read and write topics.
 *
 * @param name full topic name, prefix included
 * @param keySerde serde of the keys (plain strings throughout dyadwatch)
 * @param valueSerde serde of the values (Avro in the Confluent wire format)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    /** How a stream reads this topic; {@code processorName} names the source node. */
    public Consumed<K, V> consumed(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(processorName);
    }

    /** How a stream writes this topic; {@code processorName} names the sink node. */
    public Produced<K, V> produced(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }
}
