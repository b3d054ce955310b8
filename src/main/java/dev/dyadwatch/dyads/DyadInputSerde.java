package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactEvent;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Values of the dyad stage's internal topic: a tag byte, then an {@link ArticleTick} in its own binary form, a
 * batch of ticks (the upstream partition, the number of times, then each time as eight bytes), or a contact report
 * exactly as {@code contact-events} carries it (the registry's wire format under that topic's subject). The contact
 * keeps its schema id, so that after an additive change of the contact schema the records still in the internal
 * topic are read with the schema they were written with.
 */
final class DyadInputSerde {

    static final byte CONTACT = 'C';
    static final byte ARTICLE = 'A';
    static final byte TICKS = 'T';

    private DyadInputSerde() {
    }

    /**
     * @param contacts the serde of {@code contact-events} values
     * @param contactTopic the name of {@code contact-events}, whose subject the contact schema is registered under
     */
    static Serde<DyadInput> of(Serde<ContactEvent> contacts, String contactTopic) {
        Serializer<ArticleTick> ticks = ArticleTick.serde().serializer();
        Deserializer<ArticleTick> tickReader = ArticleTick.serde().deserializer();
        Serializer<DyadInput> serializer = (topic, input) -> {
            if (input == null) {
                return null;
            }
            byte tag;
            byte[] body;
            if (input instanceof DyadInput.Contact contact) {
                tag = CONTACT;
                body = contacts.serializer().serialize(contactTopic, contact.event());
            } else if (input instanceof DyadInput.Ticks batch) {
                tag = TICKS;
                body = times(batch.source(), batch.times());
            } else {
                tag = ARTICLE;
                body = ticks.serialize(topic, ((DyadInput.Article) input).tick());
            }
            byte[] bytes = new byte[body.length + 1];
            bytes[0] = tag;
            System.arraycopy(body, 0, bytes, 1, body.length);
            return bytes;
        };
        Deserializer<DyadInput> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length == 0) {
                throw new SerializationException("empty record in " + topic);
            }
            byte[] body = Arrays.copyOfRange(bytes, 1, bytes.length);
            return switch (bytes[0]) {
                case CONTACT -> new DyadInput.Contact(contacts.deserializer().deserialize(contactTopic, body));
                case ARTICLE -> new DyadInput.Article(tickReader.deserialize(topic, body), -1);
                case TICKS -> ticks(body);
                default -> throw new SerializationException(String.format("record in %s has unknown tag 0x%02x "
                        + "(expected 'C' for a contact, 'A' for an article or 'T' for ticks)", topic, bytes[0]));
            };
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** The upstream partition, the number of times, then the times. */
    static byte[] times(int source, long[] times) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + 8 * times.length).putInt(source).putInt(times.length);
        for (long time : times) {
            buffer.putLong(time);
        }
        return buffer.array();
    }

    private static DyadInput.Ticks ticks(byte[] body) {
        long[] times = times(body);
        return new DyadInput.Ticks(ByteBuffer.wrap(body).getInt(), times, -1);
    }

    /** The times of {@link #times(int, long[])}'s form. */
    static long[] times(byte[] bytes) {
        if (bytes.length < 8) {
            throw new SerializationException("ticks of " + bytes.length + " bytes are corrupt");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.getInt();
        int count = buffer.getInt();
        if (count < 0 || bytes.length != 8 + 8L * count) {
            throw new SerializationException("ticks of " + bytes.length + " bytes are corrupt");
        }
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = buffer.getLong();
        }
        return times;
    }
}
