package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.pipeline.PipelineRunner;
import dev.dyadwatch.topics.Topic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles go through the running pipeline (dedupe, then enrich) on the embedded broker and registry. */
@Tag("integration")
class EnrichPipelineIT {

    @TempDir
    Path state;

    @Test
    void shouldEnrichUniqueArticlesAndPublishTheirContactsByDyad() throws Exception {
        DyadwatchConfig base = DyadwatchConfig.defaults().with(Option.STATE_DIR, state.toString())
                .with(Option.TOPIC_PARTITIONS, "2").with(Option.STREAM_THREADS, "1");
        try (EmbeddedStack stack = EmbeddedStack.start(EmbeddedKafka.Options.defaults(), 0, base);
                PipelineRunner runner = PipelineRunner.create(stack.config(), stack.topics())) {
            runner.start(false, Duration.ofMinutes(1));
            RawArticle call = article("2022-01-04T09:10:00Z", "Putin, Khan discuss Afghanistan",
                    "Russian President Vladimir Putin held a telephone conversation on Monday with Prime Minister "
                            + "Imran Khan, the Kremlin said.");
            RawArticle french = article("2023-04-05T17:00:00Z", "Macron en Chine",
                    "Le président Emmanuel Macron est arrivé mercredi à Pékin pour une visite d'État.", "fra");
            Topic<String, RawArticle> raw = stack.topics().articlesRaw();
            try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    stack.config().bootstrapServers()), raw.keySerde().serializer(), raw.valueSerde().serializer())) {
                for (RawArticle article : List.of(call, french, call)) {
                    producer.send(new ProducerRecord<>(raw.name(), article.getId(), article)).get();
                }
            }
            List<EnrichedArticle> enriched = read(stack, stack.topics().articlesEnriched(), 2);
            assertThat(enriched).extracting(e -> e.getArticle().getId())
                    .containsExactlyInAnyOrder(call.getId(), french.getId());
            assertThat(enriched).filteredOn(e -> e.getArticle().getId().equals(french.getId())).singleElement()
                    .satisfies(e -> assertThat(e.getCodingNotes()).singleElement().asString()
                            .startsWith("not coded: language fra"));
            List<ContactEvent> contacts = read(stack, stack.topics().contactEvents(), 1);
            assertThat(contacts).singleElement().satisfies(c -> {
                assertThat(c.getDyad()).isEqualTo("PAK-RUS");
                assertThat(c.getType()).isEqualTo(ContactType.TELEPHONE);
                assertThat(c.getArticleId()).isEqualTo(call.getId());
            });
        }
    }

    static <V> List<V> read(EmbeddedStack stack, Topic<String, V> topic, int count) {
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                stack.config().bootstrapServers(), "group.id", "reader-" + topic.name(), "auto.offset.reset",
                "earliest", "isolation.level", "read_committed"), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.currentTimeMillis() + 60_000;
            while (values.size() < count && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            // A little longer, so that an extra record would be seen.
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofSeconds(2))) {
                values.add(record.value());
            }
        }
        return values;
    }
}
