package dev.dyadwatch.pipeline;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes records that cannot be deserialized (wrong magic byte, unknown schema id, corrupt Avro) to the
 * dead-letter topic and goes on; transient failures such as an unreachable registry stop the thread instead,
 * so no good record is dead-lettered for a passing outage.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DeadLetterRouting routing;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        if (DeadLetterRouting.isTransient(exception)) {
            LOG.error("Transient failure reading {}-{} at offset {}; failing the thread to retry: {}",
                    record.topic(), record.partition(), record.offset(), exception.toString());
            return Response.fail();
        }
        String description = "cannot deserialize record from " + record.topic() + " partition "
                + record.partition() + " offset " + record.offset() + ": " + exception.getMessage();
        return Response.resume(routing.deadLetter("deserialization", description, context, exception));
    }
}
