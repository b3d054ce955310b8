package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class DyadInputSerdeTest {

    // These records hold no contact: the contact serde is never called.
    private final Serde<DyadInput> serde = DyadInputSerde.of(null, "contact-events");

    @Test
    void shouldReadBackABatchOfTicksInItsOrder() {
        long[] times = {1_746_000_000_000L, 1_745_999_000_000L, 1_746_000_500_000L};
        byte[] bytes = serde.serializer().serialize("dyads-inputs", new DyadInput.Ticks(2, times, 1));

        DyadInput read = serde.deserializer().deserialize("dyads-inputs", bytes);

        assertThat(read).isInstanceOfSatisfying(DyadInput.Ticks.class, ticks -> {
            assertThat(ticks.source()).isEqualTo(2);
            assertThat(ticks.times()).containsExactly(times);
        });
        assertThat(bytes).hasSize(1 + 8 + 8 * times.length);
    }

    @Test
    void shouldReadATickAsAnOlderPipelineWroteIt() {
        // Tag 'A', the time, the upstream partition, two codes: what a restarted pipeline may find in the topic.
        ByteBuffer old = ByteBuffer.allocate(1 + 14 + 6).put((byte) 'A').putLong(1_746_000_000_000L).putInt(1)
                .putShort((short) 2).put("PAK".getBytes(StandardCharsets.US_ASCII))
                .put("RUS".getBytes(StandardCharsets.US_ASCII));

        DyadInput read = serde.deserializer().deserialize("dyads-inputs", old.array());

        assertThat(read).isEqualTo(new DyadInput.Article(
                new ArticleTick(1_746_000_000_000L, 1, List.of("PAK", "RUS")), -1));
    }

    @Test
    void shouldRejectACorruptBatchWithItsSize() {
        byte[] bytes = serde.serializer().serialize("dyads-inputs",
                new DyadInput.Ticks(0, new long[] {1L, 2L}, 0));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);

        assertThatThrownBy(() -> serde.deserializer().deserialize("dyads-inputs", cut))
                .isInstanceOf(SerializationException.class).hasMessageContaining("ticks of 21 bytes are corrupt");
        assertThatThrownBy(() -> serde.deserializer().deserialize("dyads-inputs", new byte[] {'T', 0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("corrupt");
    }
}
