package dev.dyadwatch.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for Avro specific records in the Confluent wire format: byte 0 (magic), the schema id as a
 * 4-byte big-endian int, then the Avro binary encoding. Schemas live under the topic-name strategy's subject
 * {@code <topic>-value}.
 *
 * <p>Serializing registers the record's schema on first use per topic when auto-registration is on, or only
 * looks it up when off. Deserializing reads the writer's schema by id from the registry (cached) and resolves
 * it against this record type, so records written with an older or newer compatible schema are read. Bytes that
 * are not in the wire format, or name a schema id the registry does not know, raise a
 * {@link SerializationException} that says so (the pipeline dead-letters them); an unreachable registry raises
 * one caused by a transient {@link SchemaRegistryException} (the pipeline retries).
 *
 * @param <T> the generated Avro record type
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    /** The Confluent wire format's magic byte. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte and schema id. */
    public static final int HEADER_BYTES = 5;

    private final Class<T> type;
    private final Schema readerSchema;
    private final SpecificData data;
    private final SchemaRegistryClient registry;
    private final boolean autoRegister;
    private final SpecificDatumWriter<T> writer;
    private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
    private final Map<Integer, SpecificDatumReader<T>> readersById = new ConcurrentHashMap<>();

    private AvroSerde(Class<T> type, SchemaRegistryClient registry, boolean autoRegister) {
        this.type = Objects.requireNonNull(type, "type");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.autoRegister = autoRegister;
        this.data = SpecificData.getForClass(type);
        this.readerSchema = data.getSchema(type);
        this.writer = new SpecificDatumWriter<>(readerSchema, data);
    }

    /** A serde of {@code type} records through {@code registry}. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, SchemaRegistryClient registry,
            boolean autoRegister) {
        return new AvroSerde<>(type, registry, autoRegister);
    }

    /** The subject of a topic's values under the topic-name strategy. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }

    /** The Avro schema this serde writes. */
    public Schema schema() {
        return readerSchema;
    }

    @Override
    public Serializer<T> serializer() {
        return this::serialize;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::deserialize;
    }

    /** Encodes {@code value} for {@code topic}; null stays null (a tombstone). */
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null;
        }
        int id = schemaId(topic);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(value, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + " for topic " + topic + ": "
                    + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Decodes wire-format bytes from {@code topic}; null stays null. */
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < HEADER_BYTES) {
            throw new SerializationException("record from " + topic + " has " + bytes.length
                    + " bytes, fewer than the 5-byte Confluent wire-format header");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format("record from %s is not in the Confluent wire format: "
                    + "unknown magic byte 0x%02x (expected 0x00)", topic, bytes[0]));
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        SpecificDatumReader<T> reader = readerFor(id, topic);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES,
                    bytes.length - HEADER_BYTES, null);
            T value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("record from " + topic + " with schema id " + id + " has "
                        + "trailing bytes after the " + type.getSimpleName() + " value");
            }
            return value;
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException e) {
            throw new SerializationException("cannot decode record from " + topic + " with schema id " + id + " as "
                    + type.getSimpleName() + ": " + e, e);
        }
    }

    private int schemaId(String topic) {
        Integer cached = idsByTopic.get(topic);
        if (cached != null) {
            return cached;
        }
        try {
            int id = registry.idOf(valueSubject(topic), readerSchema, autoRegister);
            idsByTopic.put(topic, id);
            return id;
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot get a schema id for " + type.getSimpleName() + " on topic "
                    + topic + ": " + e.getMessage(), e);
        }
    }

    private SpecificDatumReader<T> readerFor(int id, String topic) {
        SpecificDatumReader<T> reader = readersById.get(id);
        if (reader != null) {
            return reader;
        }
        Schema writerSchema;
        try {
            writerSchema = registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            String why = e.isNotFound() ? "the registry does not know schema id " + id : e.getMessage();
            throw new SerializationException("cannot decode record from " + topic + ": " + why, e);
        }
        reader = new SpecificDatumReader<>(writerSchema, readerSchema, data);
        readersById.put(id, reader);
        return reader;
    }
}
