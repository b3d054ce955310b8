package dev.dyadwatch.dedupe;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What a band partition keeps of one probe, keyed by the article's handle at its event time: the article's home
 * and the band keys that live on this partition. The buckets in memory are rebuilt from these entries.
 *
 * @param home the article's home partition
 * @param bandKeys the article's band keys held by this partition
 */
record ProbeEntry(int home, long[] bandKeys) {

    static Serde<ProbeEntry> serde() {
        Serializer<ProbeEntry> serializer = (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            ByteWriter out = new ByteWriter(4 + 8 * entry.bandKeys.length).writeVarint(entry.home)
                    .writeVarint(entry.bandKeys.length);
            for (long key : entry.bandKeys) {
                out.writeLong(key);
            }
            return out.toByteArray();
        };
        Deserializer<ProbeEntry> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteReader in = new ByteReader(bytes, "dedupe probe entry");
            int home = in.readVarint();
            long[] keys = new long[in.readVarint()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = in.readLong();
            }
            in.end();
            return new ProbeEntry(home, keys);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
