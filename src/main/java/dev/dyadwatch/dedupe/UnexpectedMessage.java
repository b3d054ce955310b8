package dev.dyadwatch.dedupe;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Fails on a message a dedupe processor was not meant to emit: a defect, surfaced (and dead-lettered by the
 * processing exception handler) instead of silently routed nowhere.
 */
final class UnexpectedMessage implements Processor<Long, DedupeMessage, Void, Void> {

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        throw new IllegalStateException("dedupe processor emitted an unexpected " + record.value());
    }
}
