package dev.dyadwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.topics.Topic;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes that are not an article go to the dead-letter topic with the reason; the pipeline keeps running. */
@Tag("integration")
class PipelineDeadLetterIT {

    @TempDir
    Path state;

    @Test
    void shouldDeadLetterMalformedWireBytesAndKeepRunning() throws Exception {
        DyadwatchConfig base = DyadwatchConfig.defaults().with(Option.STATE_DIR, state.toString())
                .with(Option.TOPIC_PARTITIONS, "1").with(Option.STREAM_THREADS, "1");
        try (EmbeddedStack stack = EmbeddedStack.start(EmbeddedKafka.Options.defaults(), 0, base);
                PipelineRunner runner = PipelineRunner.create(stack.config(), stack.topics())) {
            Topic<String, RawArticle> raw = stack.topics().articlesRaw();
            RawArticle good = RawArticle.newBuilder().setId("good-1").setTitle("Ministers meet")
                    .setText("The two ministers met in Islamabad on Monday.").setSource("The Frontier Ledger")
                    .setPublishedAt(Instant.parse("2025-03-03T08:00:00Z"))
                    .setPublishedAtSource(TimeSource.INPUT_FIELD).setFetchedAt(Instant.parse("2025-03-03T09:00:00Z"))
                    .setInputFormat(InputFormat.JSONL).setOrigin("test").setContentHash("c0ffee").build();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    stack.config().bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(raw.name(), "bad".getBytes(), "{\"not\": \"avro\"}".getBytes()))
                        .get();
                producer.send(new ProducerRecord<>(raw.name(), "good-1".getBytes(),
                        raw.valueSerde().serializer().serialize(raw.name(), good))).get();
            }
            try (PipelineProgress progress = new PipelineProgress(stack.config().kafkaClientProperties(),
                    stack.config().applicationId(), List.of(raw.name()))) {
                assertThat(progress.caughtUp()).as("nothing processed before the pipeline starts").isFalse();
                runner.start(false, Duration.ofMinutes(1));
                assertThat(progress.awaitCaughtUp(Duration.ofSeconds(60), Duration.ofMillis(200))).isTrue();
            }
            List<DeadLetter> letters = read(stack, stack.topics().articlesDlq(), 1);
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.getTopic()).isEqualTo(raw.name());
                assertThat(letter.getOffset()).isZero();
                assertThat(letter.getDescription()).contains("unknown magic byte 0x7b");
                assertThat(new String(letter.getValue().array())).isEqualTo("{\"not\": \"avro\"}");
            });
            List<UniqueArticle> unique = read(stack, stack.topics().articlesUnique(), 1);
            assertThat(unique).singleElement().satisfies(u -> assertThat(u.getArticle()).isEqualTo(good));
            assertThat(runner.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    static <V> List<V> read(EmbeddedStack stack, Topic<String, V> topic, int count) {
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                stack.config().bootstrapServers(), "group.id", "reader-" + topic.name(), "auto.offset.reset",
                "earliest", "isolation.level", "read_committed"), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < count && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
