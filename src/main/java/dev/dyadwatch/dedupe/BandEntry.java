package dev.dyadwatch.dedupe;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An article in an LSH band bucket: enough to find its state (its handle and home partition; the entry's timestamp
 * is its event time). Nine bytes, to keep sixteen of them per article small.
 *
 * @param handle the article's handle
 * @param home the article's home partition
 */
record BandEntry(long handle, int home) {

    static Serde<BandEntry> serde() {
        Serializer<BandEntry> serializer = (topic, entry) -> entry == null ? null
                : new ByteWriter(10).writeLong(entry.handle).writeVarint(entry.home).toByteArray();
        Deserializer<BandEntry> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteReader in = new ByteReader(bytes, "dedupe band entry");
            BandEntry entry = new BandEntry(in.readLong(), in.readVarint());
            in.end();
            return entry;
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
