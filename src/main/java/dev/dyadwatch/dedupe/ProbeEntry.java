package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.similarity.Sketch;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What a band partition keeps of one probe, keyed by the article's handle at its dedupe time: the article's home,
 * its publication time, the band keys that live on this partition, and its fingerprint and sketch, against which
 * later probes verify it before they claim it. The buckets in memory are rebuilt from these entries.
 *
 * @param home the article's home partition
 * @param published the article's publication time, epoch millis
 * @param bandKeys the article's band keys held by this partition
 * @param fingerprint the article's text fingerprint (meaningless when {@code sketch} is null)
 * @param sketch the article's verification sketch; null in an entry written before entries carried it, whose
 *     article is then answered unverified
 */
record ProbeEntry(int home, long published, long[] bandKeys, long fingerprint, Sketch sketch) {

    static Serde<ProbeEntry> serde() {
        Serializer<ProbeEntry> serializer = (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            ByteWriter out = new ByteWriter(160 + 8 * entry.bandKeys.length).writeVarint(entry.home)
                    .writeLong(entry.published).writeVarint(entry.bandKeys.length);
            for (long key : entry.bandKeys) {
                out.writeLong(key);
            }
            if (entry.sketch != null) {
                out.writeLong(entry.fingerprint);
                Sketches.write(entry.sketch, out);
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
            if (in.atEnd()) {
                return new ProbeEntry(home, published, keys, 0L, null);
            }
            long fingerprint = in.readLong();
            Sketch sketch = Sketches.read(in);
            in.end();
            return new ProbeEntry(home, published, keys, fingerprint, sketch);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
