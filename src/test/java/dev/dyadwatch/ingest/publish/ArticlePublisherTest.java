package dev.dyadwatch.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    private final EmbeddedRegistry registry = EmbeddedRegistry.startInMemory();
    private final Topics topics =
            Topics.create(DyadwatchConfig.defaults(), SchemaRegistryClient.forUrl(registry.url()));

    @AfterEach
    void stop() {
        registry.close();
    }

    static RawArticle article(String id, String text) {
        return RawArticle.newBuilder().setId(id).setUrl(null).setCanonicalUrl(null).setTitle("Title " + id)
                .setText(text).setDateline(null).setSource("Example Post")
                .setPublishedAt(Instant.parse("2024-03-05T10:15:00Z")).setPublishedAtSource(TimeSource.INPUT_FIELD)
                .setFetchedAt(Instant.parse("2024-03-05T11:00:00Z")).setLanguage("eng")
                .setInputFormat(InputFormat.JSONL).setOrigin("export.jsonl:" + id).setContentHash("0".repeat(64))
                .build();
    }

    @Test
    void shouldPublishArticlesKeyedByIdAndFailuresAsDeadLettersKeyedByOrigin() throws IOException {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer());
        List<RawArticle> acknowledged = new ArrayList<>();
        try (ArticlePublisher publisher = new ArticlePublisher(producer, topics, acknowledged::add)) {
            publisher.accept(article("a1", "First text."));
            publisher.reject(new InputFailure("export.jsonl:2", "invalid JSON: Unexpected end-of-input", null,
                    "{\"title\": \"Broken".getBytes(StandardCharsets.UTF_8)));
            publisher.skip("crawl.warc@0", "not HTML");
            publisher.accept(article("a2", "Second text."));
            PublishSummary summary = publisher.finish();
            assertThat(summary.published()).isEqualTo(2);
            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.skipped()).isEqualTo(1);
            assertThat(summary.bytes()).isEqualTo("First text.".length() + "Second text.".length());
            assertThat(summary.clean()).isFalse();
            assertThat(summary.failures()).extracting(InputFailure::origin).containsExactly("export.jsonl:2");
        }
        List<ProducerRecord<String, byte[]>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic)
                .containsExactly("articles-raw", "articles-dlq", "articles-raw");
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("a1", "export.jsonl:2", "a2");
        RawArticle decoded = topics.articlesRaw().valueSerde().deserializer().deserialize("articles-raw",
                sent.get(0).value());
        assertThat(decoded).isEqualTo(article("a1", "First text."));
        DeadLetter letter = topics.articlesDlq().valueSerde().deserializer().deserialize("articles-dlq",
                sent.get(1).value());
        assertThat(letter.getStage()).isEqualTo("ingest");
        assertThat(letter.getOrigin()).isEqualTo("export.jsonl:2");
        assertThat(letter.getDescription()).isEqualTo("invalid JSON: Unexpected end-of-input");
        assertThat(StandardCharsets.UTF_8.decode(letter.getValue()).toString()).isEqualTo("{\"title\": \"Broken");
        assertThat(acknowledged).extracting(RawArticle::getId).containsExactly("a1", "a2");
    }

    @Test
    void shouldDeadLetterAnArticleTheBrokerRefuses() {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        List<RawArticle> acknowledged = new ArrayList<>();
        ArticlePublisher publisher = new ArticlePublisher(producer, topics, acknowledged::add);
        publisher.accept(article("big", "x".repeat(100)));
        producer.errorNext(new RecordTooLargeException("The message is 2000000 bytes when serialized"));
        producer.flush();
        publisher.flush();
        producer.completeNext();
        PublishSummary summary = publisher.snapshot();
        assertThat(summary.published()).isZero();
        assertThat(summary.publishErrors()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.origin()).isEqualTo("export.jsonl:big");
            assertThat(failure.reason()).startsWith("the broker did not accept the article for articles-raw: ");
        });
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly("articles-raw",
                "articles-dlq");
        assertThat(acknowledged).isEmpty();
    }

    @Test
    void shouldProduceIdempotentlyWithAllAcksAndLetConfigurationOverrideTheRest() {
        var props = ProducerSettings.producerProperties(java.util.Map.of("bootstrap.servers", "broker:9092",
                "compression.type", "zstd"));
        assertThat(props).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("compression.type", "zstd").containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("batch.size", ProducerSettings.BATCH_BYTES);
    }
}
