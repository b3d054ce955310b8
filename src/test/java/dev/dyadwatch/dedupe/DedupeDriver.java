package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.pipeline.StreamsSettings;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;

/** The dedupe topology in a {@link TopologyTestDriver}, its Avro serdes on an in-memory registry. */
final class DedupeDriver implements AutoCloseable {

    final EmbeddedRegistry registry;
    final Topics topics;
    final TopologyTestDriver driver;
    final TestInputTopic<String, RawArticle> raw;
    final TestOutputTopic<String, UniqueArticle> unique;
    final TestOutputTopic<String, DuplicateVerdict> duplicates;
    final TestOutputTopic<String, DeadLetter> deadLetters;
    private final TestOutputTopic<Long, DedupeMessage> home;
    private final Path stateDir;

    DedupeDriver(Duration horizon) {
        try {
            stateDir = Files.createTempDirectory("dedupe-driver");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        registry = EmbeddedRegistry.startInMemory();
        DyadwatchConfig config = DyadwatchConfig.defaults()
                .with(Option.SCHEMA_REGISTRY_URL, registry.url())
                .with(Option.TOPIC_PARTITIONS, "1")
                .with(Option.DEDUPE_HORIZON_MS, String.valueOf(horizon.toMillis()))
                .with(Option.STATE_DIR, stateDir.toString())
                .with(Option.APPLICATION_ID, "dedupe-test");
        topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        Properties props = StreamsSettings.properties(config, topics.articlesDlq());
        driver = new TopologyTestDriver(topology(config, topics, props), props);
        raw = driver.createInputTopic(topics.articlesRaw().name(), topics.articlesRaw().keySerde().serializer(),
                topics.articlesRaw().valueSerde().serializer());
        unique = driver.createOutputTopic(topics.articlesUnique().name(),
                topics.articlesUnique().keySerde().deserializer(), topics.articlesUnique().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(topics.articlesDuplicates().name(),
                topics.articlesDuplicates().keySerde().deserializer(),
                topics.articlesDuplicates().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.articlesDlq().name(), topics.articlesDlq().keySerde()
                .deserializer(), topics.articlesDlq().valueSerde().deserializer());
        home = driver.createOutputTopic(DedupeSettings.from(config).forApplication("dedupe-test").homeTopic(),
                new LongDeserializer(), DedupeMessageSerde.serde().deserializer());
    }

    static Topology topology(DyadwatchConfig config, Topics topics, Properties props) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        new DedupeTopology(topics, DedupeSettings.from(config)
                .forApplication(props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG))).addTo(builder);
        return builder.build(props);
    }

    /** Pipes an article in, keyed by its id. */
    void send(RawArticle article) {
        raw.pipeInput(article.getId(), article, article.getPublishedAt());
    }

    List<KeyValue<String, UniqueArticle>> uniques() {
        return unique.readKeyValuesToList();
    }

    /** The ids of what {@code articles-unique} received since the last read, in order. */
    List<String> uniqueIds() {
        return uniques().stream().map(kv -> kv.key).toList();
    }

    List<KeyValue<String, DuplicateVerdict>> copies() {
        return duplicates.readKeyValuesToList();
    }

    /** Every message sent to article homes through {@code dedupe-home} since the last read. */
    List<DedupeMessage> homeMessages() {
        return home.readValuesToList();
    }

    WindowStore<Long, ArticleState> articleStore() {
        return driver.getWindowStore(DedupeStores.ARTICLES);
    }

    WindowStore<Long, ProbeEntry> bandStore() {
        return driver.getWindowStore(DedupeStores.BANDS);
    }

    @Override
    public void close() {
        driver.close();
        registry.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
