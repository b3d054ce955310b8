package dev.dyadwatch.dyads;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What every task of the dyad stage learns of every unique article: when it was published (news volume) and
 * which countries it names (co-mentions). Sent to every partition of an internal topic.
 *
 * @param publishedAt publication time
 * @param source the upstream partition the article came from (the partition of the task that fanned it out: dedupe's
 *        home, or the articles-enriched partition read)
 * @param countries ISO 3166-1 alpha-3 codes of the countries named, sorted and distinct
 */
record ArticleTick(long publishedAt, int source, List<String> countries) {

    private static final int HEADER = 8 + 4 + 2;

    ArticleTick {
        countries = List.copyOf(countries);
    }

    /** Binary serde: the time, the source partition, the number of codes, then three bytes per code. */
    static Serde<ArticleTick> serde() {
        Serializer<ArticleTick> serializer = (topic, tick) -> {
            if (tick == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.allocate(HEADER + 3 * tick.countries().size());
            buffer.putLong(tick.publishedAt()).putInt(tick.source()).putShort((short) tick.countries().size());
            tick.countries().forEach(code -> buffer.put(code.getBytes(StandardCharsets.US_ASCII)));
            return buffer.array();
        };
        Deserializer<ArticleTick> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (bytes.length < HEADER) {
                throw new SerializationException("article tick of " + bytes.length + " bytes is corrupt");
            }
            long time = buffer.getLong();
            int source = buffer.getInt();
            int count = buffer.getShort();
            if (bytes.length != HEADER + 3 * count) {
                throw new SerializationException("article tick of " + bytes.length + " bytes is corrupt");
            }
            List<String> codes = new ArrayList<>(count);
            byte[] code = new byte[3];
            for (int i = 0; i < count; i++) {
                buffer.get(code);
                codes.add(new String(code, StandardCharsets.US_ASCII));
            }
            return new ArticleTick(time, source, codes);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
