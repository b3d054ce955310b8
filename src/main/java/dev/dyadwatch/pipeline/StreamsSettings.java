package dev.dyadwatch.pipeline;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.topics.Topic;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams properties of the dyadwatch application, derived from its configuration. */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * Streams properties: exactly-once v2 and a short commit interval by default (windowed results and
     * alerts are published at commit), explicit naming of every internal resource enforced, and the
     * dead-letter handlers wired to {@code deadLetters}. Pass-through Kafka client properties (TLS, SASL)
     * apply to every client; {@code streams.*} overrides come last.
     */
    public static Properties properties(DyadwatchConfig config, Topic<String, DeadLetter> deadLetters) {
        Properties props = new Properties();
        props.putAll(config.kafkaClientProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitIntervalMs());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.topicReplicationFactor());
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProcessingHandler.class.getName());
        props.put(DeadLetterRouting.TOPIC_CONFIG, deadLetters.name());
        props.put(DeadLetterRouting.SERIALIZER_CONFIG, deadLetters.valueSerde().serializer());
        // Read only committed records of upstream transactional producers, and keep batches small in latency.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.putAll(config.streamsOverrides());
        return props;
    }
}
