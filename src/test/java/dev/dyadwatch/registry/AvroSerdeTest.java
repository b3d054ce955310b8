package dev.dyadwatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    EmbeddedRegistry registry;
    SchemaRegistryClient client;

    @BeforeEach
    void start() {
        registry = EmbeddedRegistry.startInMemory();
        client = SchemaRegistryClient.forUrl(registry.url());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    static DeadLetter letter() {
        return DeadLetter.newBuilder().setStage("ingest").setDescription("bad line")
                .setFailedAt(Instant.parse("2025-03-01T10:15:30.123Z")).build();
    }

    @Test
    void shouldWriteTheConfluentWireFormatAndReadItBack() {
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, client, true);
        byte[] bytes = serde.serialize("articles-dlq", letter());
        int id = client.lookup("articles-dlq-value", DeadLetter.getClassSchema()).orElseThrow().id();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        DeadLetter back = AvroSerde.of(DeadLetter.class, SchemaRegistryClient.forUrl(registry.url()), false)
                .deserialize("articles-dlq", bytes);
        assertThat(back).isEqualTo(letter());
        assertThat(back.getFailedAt())
                .isEqualTo(Instant.parse("2025-03-01T10:15:30.123Z").truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void shouldKeepNullsAsTombstones() {
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, client, true);
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void shouldRefuseToWriteWhenTheSchemaIsNotRegisteredAndAutoRegistrationIsOff() {
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, client, false);
        assertThatThrownBy(() -> serde.serialize("articles-dlq", letter()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("articles-dlq-value")
                .hasMessageContaining("auto-registration is off");
    }

    @Test
    void shouldNameAnUnknownMagicByte() {
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, client, true);
        assertThatThrownBy(() -> serde.deserialize("articles-dlq", "{\"json\": true}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown magic byte 0x7b");
        assertThatThrownBy(() -> serde.deserialize("articles-dlq", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("fewer than");
    }

    @Test
    void shouldNameAnUnknownSchemaIdAsNotTransient() {
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, client, true);
        byte[] bytes = serde.serialize("articles-dlq", letter());
        ByteBuffer.wrap(bytes).putInt(1, 4242);
        assertThatThrownBy(() -> serde.deserialize("articles-dlq", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("does not know schema id 4242")
                .hasCauseInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e.getCause()).isTransient()).isFalse());
    }

    @Test
    void shouldRefuseCorruptAvroAfterAValidHeader() {
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, client, true);
        byte[] bytes = serde.serialize("articles-dlq", letter());
        byte[] truncated = java.util.Arrays.copyOf(bytes, 9);
        assertThatThrownBy(() -> serde.deserialize("articles-dlq", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cannot decode");
    }

    @Test
    void shouldReadARecordWrittenWithAnOlderCompatibleSchema() throws Exception {
        Schema older = SchemaBuilder.record("DeadLetter").namespace("dev.dyadwatch.avro").fields()
                .requiredString("stage").requiredString("description")
                .name("failedAt").type(Schema.create(Schema.Type.LONG)).noDefault().endRecord();
        int id = client.register("articles-dlq-value", older);
        GenericRecord record = new GenericData.Record(older);
        record.put("stage", "dedupe");
        record.put("description", "old writer");
        record.put("failedAt", 1_700_000_000_000L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(older).write(record, encoder);
        encoder.flush();
        DeadLetter read = AvroSerde.of(DeadLetter.class, client, true).deserialize("articles-dlq", out.toByteArray());
        assertThat(read.getDescription()).isEqualTo("old writer");
        assertThat(read.getValueTruncated()).isFalse();
        assertThat(read.getOrigin()).isNull();
    }

    @Test
    void shouldReportAnUnreachableRegistryAsTransient() {
        SchemaRegistryClient unreachable = new SchemaRegistryClient(RegistryClientConfig.forUrl("http://localhost:1")
                .withRetries(1, java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(1)));
        AvroSerde<DeadLetter> serde = AvroSerde.of(DeadLetter.class, unreachable, true);
        assertThatThrownBy(() -> serde.serialize("articles-dlq", letter()))
                .isInstanceOf(SerializationException.class)
                .hasCauseInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e.getCause()).isTransient()).isTrue())
                .hasMessageContaining("unreachable");
    }
}
