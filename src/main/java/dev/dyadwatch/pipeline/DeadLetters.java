package dev.dyadwatch.pipeline;

import dev.dyadwatch.avro.DeadLetter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/** Builds {@link DeadLetter} records: what failed, where it was read, why, and the input bytes. */
public final class DeadLetters {

    /** Inputs larger than this keep only their first bytes in the dead letter. */
    public static final int MAX_VALUE_BYTES = 1024 * 1024;

    private DeadLetters() {
    }

    /** A record read from a topic that a stage could not process. */
    public static DeadLetter forRecord(String stage, String description, Throwable cause, String topic,
            Integer partition, Long offset, byte[] key, byte[] value) {
        return builder(stage, description, cause, value)
                .setTopic(topic)
                .setPartition(partition)
                .setOffset(offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .build();
    }

    /** An ingest input (a file, a line, a URL) that could not be read as an article. */
    public static DeadLetter forInput(String stage, String description, Throwable cause, String origin,
            byte[] value) {
        return builder(stage, description, cause, value).setOrigin(origin).build();
    }

    private static DeadLetter.Builder builder(String stage, String description, Throwable cause, byte[] value) {
        boolean truncated = value != null && value.length > MAX_VALUE_BYTES;
        byte[] kept = truncated ? Arrays.copyOf(value, MAX_VALUE_BYTES) : value;
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setDescription(description)
                .setCause(cause == null ? null : causeChain(cause))
                .setStackTrace(cause == null ? null : stackTrace(cause))
                .setTopic(null)
                .setPartition(null)
                .setOffset(null)
                .setOrigin(null)
                .setKey(null)
                .setValue(kept == null ? null : ByteBuffer.wrap(kept))
                .setValueTruncated(truncated)
                .setFailedAt(Instant.now());
    }

    /** "Outer: message; caused by Inner: message" for every cause in the chain. */
    public static String causeChain(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append("; caused by ");
            }
            text.append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() > 16_384 ? trace.substring(0, 16_384) : trace;
    }
}
