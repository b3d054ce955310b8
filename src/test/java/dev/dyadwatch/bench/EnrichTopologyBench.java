package dev.dyadwatch.bench;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.DictionarySource;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.EnrichTopology;
import dev.dyadwatch.pipeline.StreamsSettings;
import dev.dyadwatch.topics.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The enrich topology on the embedded broker and registry: ~4 KB articles already on {@code articles-unique}
 * (4 partitions), one Kafka Streams application with two stream threads and exactly-once, timed from start until
 * every article is on {@code articles-enriched}. The score is milliseconds per article; the run prints articles
 * per second. Target: 800/s on the 2-core machine.
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="EnrichTopologyBench"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EnrichTopologyBench {

    static final int ARTICLES = 20_000;

    private EmbeddedStack stack;
    private Path stateDir;
    private int run;

    @Setup(Level.Trial)
    public void startBrokerAndLoadArticles() throws Exception {
        stateDir = Files.createTempDirectory("dyadwatch-enrich-bench-");
        DyadwatchConfig base = DyadwatchConfig.defaults().with(Option.TOPIC_PARTITIONS, "4")
                .with(Option.STREAM_THREADS, "2").with(Option.STATE_DIR, stateDir.toString());
        stack = EmbeddedStack.start(EmbeddedKafka.Options.defaults(), 0, base);
        List<RawArticle> articles = BenchArticles.fourKilobyte(500);
        Topic<String, UniqueArticle> unique = stack.topics().articlesUnique();
        try (KafkaProducer<String, UniqueArticle> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                stack.config().bootstrapServers(), "linger.ms", 20, "batch.size", 262_144, "compression.type", "lz4"),
                unique.keySerde().serializer(), unique.valueSerde().serializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                RawArticle article = RawArticle.newBuilder(articles.get(i % articles.size()))
                        .setId("bench-" + i).build();
                producer.send(new ProducerRecord<>(unique.name(), article.getId(), UniqueArticle.newBuilder()
                        .setArticle(article).setStoryId(article.getId()).build()));
            }
            producer.flush();
        }
        EnrichResources.shared(DictionarySource.BUNDLED);
    }

    @TearDown(Level.Trial)
    public void stopBroker() {
        stack.close();
    }

    /** Codes every article on {@code articles-unique} from the start, with a fresh application id. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void enrichAllArticles() throws Exception {
        run++;
        DyadwatchConfig config = stack.config().with(Option.APPLICATION_ID, "enrich-bench-" + run);
        Properties props = StreamsSettings.properties(config, stack.topics().articlesDlq());
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        new EnrichTopology(stack.topics(), EnrichResources.shared(DictionarySource.BUNDLED), CodingLimits.DEFAULT)
                .addTo(builder);
        long started = System.nanoTime();
        try (KafkaStreams streams = new KafkaStreams(builder.build(props), props);
                Admin admin = Admin.create(Map.of("bootstrap.servers", config.bootstrapServers()))) {
            streams.start();
            while (committed(admin, config.applicationId()) < ARTICLES) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%nenrich topology: %d articles in %.1f s = %.0f articles/s%n", ARTICLES, seconds,
                    ARTICLES / seconds);
            streams.close(Duration.ofSeconds(30));
        }
    }

    /**
     * Input records the application has committed, summed over the partitions of {@code articles-unique}: with
     * exactly-once, an offset is committed only together with the enriched articles and contacts it produced.
     */
    private long committed(Admin admin, String group) throws Exception {
        long total = 0;
        for (var offset : admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()) {
            if (offset.getKey().topic().equals(stack.topics().articlesUnique().name()) && offset.getValue() != null) {
                total += offset.getValue().offset();
            }
        }
        return total;
    }
}
