package dev.dyadwatch.dedupe;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What a band partition keeps of one probe, keyed by the article's handle at its dedupe time: the article's home,
 * its publication time and the band keys that live on this partition. The buckets in memory are rebuilt from these
 * entries.
 *
 * @param home the article's home partition
 * @param published the article's publication time, epoch millis
 * @param bandKeys the article's band keys held by this partition
 */
record ProbeEntry(int home, long published, long[] bandKeys) {

    static Serde<ProbeEntry> serde() {
        Serializer<ProbeEntry> serializer = (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            ByteWriter out = new ByteWriter(12 + 8 * entry.bandKeys.length).writeVarint(entry.home)
                    .writeLong(entry.published).writeVarint(entry.bandKeys.length);
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
            long published = in.readLong();
            long[] keys = new long[in.readVarint()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = in.readLong();
            }
            in.end();
            return new ProbeEntry(home, published, keys);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
