package dev.dyadwatch.pipeline;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net behind the stages' own error handling: a record whose processing throws is dead-lettered
 * with the processor's name and the exception, and the application goes on. Transient failures stop the
 * thread so the record is retried, never lost.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetterRouting routing;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (DeadLetterRouting.isTransient(exception)) {
            LOG.error("Transient failure in processor {} (task {}); failing the thread to retry: {}",
                    context.processorNodeId(), context.taskId(), exception.toString());
            return Response.fail();
        }
        String description = "processor " + context.processorNodeId() + " failed on the record from "
                + context.topic() + " partition " + context.partition() + " offset " + context.offset() + ": "
                + exception.getMessage();
        return Response.resume(routing.deadLetter("processing", description, context, exception));
    }
}
