package dev.dyadwatch.pipeline;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.registry.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the exception handlers share: the dead-letter topic and serializer handed over in the Streams
 * configuration, and the rule that Kafka's retriable errors are never dead-lettered.
 */
final class DeadLetterRouting {

    /** Streams config key holding the full name of the dead-letter topic. */
    static final String TOPIC_CONFIG = "dyadwatch.dead.letter.topic";
    /** Streams config key holding the {@code Serializer<DeadLetter>} instance. */
    static final String SERIALIZER_CONFIG = "dyadwatch.dead.letter.serializer";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRouting.class);

    private final String topic;
    private final Serializer<DeadLetter> serializer;

    private DeadLetterRouting(String topic, Serializer<DeadLetter> serializer) {
        this.topic = topic;
        this.serializer = serializer;
    }

    @SuppressWarnings("unchecked")
    static DeadLetterRouting fromConfigs(Map<String, ?> configs) {
        Object topic = configs.get(TOPIC_CONFIG);
        Object serializer = configs.get(SERIALIZER_CONFIG);
        if (!(topic instanceof String) || !(serializer instanceof Serializer)) {
            throw new IllegalStateException("dead-letter handlers need " + TOPIC_CONFIG + " and "
                    + SERIALIZER_CONFIG + " in the Streams configuration (see StreamsSettings)");
        }
        return new DeadLetterRouting((String) topic, (Serializer<DeadLetter>) serializer);
    }

    /** True for failures that go away by themselves (broker or registry unreachable): never dead-letter them. */
    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException
                    || t instanceof SchemaRegistryException registryError && registryError.isTransient()) {
                return true;
            }
        }
        return false;
    }

    List<ProducerRecord<byte[], byte[]>> deadLetter(String stage, String description, ErrorHandlerContext context,
            Exception error) {
        LOG.warn("Dead-lettering record of {}-{} at offset {} (task {}, processor {}): {}", context.topic(),
                context.partition(), context.offset(), context.taskId(), context.processorNodeId(), description);
        DeadLetter letter = DeadLetters.forRecord(stage, description, error, context.topic(),
                context.partition(), context.offset(), context.sourceRawKey(), context.sourceRawValue());
        byte[] key = context.sourceRawKey();
        byte[] value = serializer.serialize(topic, letter);
        return List.of(new ProducerRecord<>(topic, null, key, Objects.requireNonNull(value)));
    }
}
