package dev.dyadwatch.dedupe;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A claim or deferral waiting for its target to be decided, and since when (wall clock).
 *
 * @param message the waiting claim or deferral
 * @param since when it started waiting, epoch millis
 */
record Parked(DedupeMessage message, long since) {

    static Serde<Parked> serde() {
        Serializer<Parked> serializer = (topic, parked) -> parked == null ? null
                : new ByteWriter(256).writeLong(parked.since).writeRaw(DedupeMessageSerde.encode(parked.message))
                        .toByteArray();
        Deserializer<Parked> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteReader in = new ByteReader(bytes, "dedupe parked message");
            long since = in.readLong();
            byte[] rest = new byte[bytes.length - 8];
            System.arraycopy(bytes, 8, rest, 0, rest.length);
            return new Parked(DedupeMessageSerde.decode(rest), since);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** The store key of a waiting message: target handle, then waiting article's handle. */
    static byte[] key(long target, long waiting) {
        return new ByteWriter(16).writeLong(target).writeLong(waiting).toByteArray();
    }
}
