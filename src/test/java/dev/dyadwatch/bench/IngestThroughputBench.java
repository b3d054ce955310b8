package dev.dyadwatch.bench;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.embedded.EmbeddedKafka;
import dev.dyadwatch.embedded.EmbeddedRegistry;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.publish.ArticlePublisher;
import dev.dyadwatch.ingest.publish.IngestTopics;
import dev.dyadwatch.ingest.publish.PublishSummary;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second from a local JSON Lines file to {@code articles-raw} on the embedded broker, the way
 * {@code dyadwatch ingest} does it: read, parse, clean, detect the language, hash, encode as Avro and publish with an
 * idempotent {@code acks=all} producer, until the broker has acknowledged every article. 20,000 articles of about
 * 4 KB of text each; the broker and registry run in the same JVM and share its cores. JMH reports microseconds per
 * article; each iteration also prints articles per second, and articles per CPU-second of the whole process (on two
 * otherwise idle cores at most twice that), which other work on a shared machine does not distort. The parameters
 * compare producer compression and batch sizes ({@code linger.ms} 20).
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="IngestThroughput -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
public class IngestThroughputBench {

    static final int ARTICLES = 20_000;
    static final int TEXT_BYTES = 4_000;

    @Param({"lz4", "zstd", "none"})
    private String compression;

    @Param({"65536", "262144"})
    private String batchBytes;

    private EmbeddedKafka kafka;
    private EmbeddedRegistry registry;
    private Path folder;
    private Path file;
    private DyadwatchConfig config;
    private Topics topics;
    private int iteration;
    private long startNanos;
    private long cpuStart;

    @Setup(Level.Trial)
    public void start() throws IOException {
        kafka = EmbeddedKafka.start();
        registry = EmbeddedRegistry.startInMemory();
        folder = Files.createTempDirectory("dyadwatch-ingest-bench");
        file = folder.resolve("articles.jsonl");
        BenchJsonLines.writeJsonLines(file, ARTICLES, TEXT_BYTES, 42);
        System.out.printf("%n%,d articles, %.1f MB of JSON Lines%n", ARTICLES, Files.size(file) / 1e6);
    }

    @Setup(Level.Iteration)
    public void createTopics() {
        iteration++;
        config = DyadwatchConfig.defaults().with(Option.BOOTSTRAP_SERVERS, kafka.bootstrapServers())
                .with(Option.SCHEMA_REGISTRY_URL, registry.url())
                .with(Option.TOPIC_PREFIX, "bench" + iteration + ".");
        IngestTopics.ensure(config, true, Duration.ofSeconds(30));
        topics = Topics.create(config, SchemaRegistryClient.forUrl(registry.url()));
        startNanos = System.nanoTime();
        cpuStart = processCpuNanos();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public PublishSummary ingestJsonLines() {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put("compression.type", compression);
        props.put("batch.size", Integer.parseInt(batchBytes));
        try (ArticlePublisher publisher = ArticlePublisher.create(props, topics)) {
            ArticleInputs.withDefaults().read(List.of(file.toString()), publisher);
            PublishSummary summary = publisher.finish();
            if (summary.published() != ARTICLES || !summary.clean()) {
                throw new IllegalStateException("published " + summary.describe() + ", expected " + ARTICLES);
            }
            return summary;
        }
    }

    @TearDown(Level.Iteration)
    public void deleteTopics() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf("  %,.0f articles/s; %,.0f articles per CPU-second of the whole process, broker included "
                + "(compression %s, batch.size %s)%n", ARTICLES / seconds, ARTICLES / cpuSeconds, compression,
                batchBytes);
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            admin.deleteTopics(List.of(config.topicPrefix() + Topics.ARTICLES_RAW,
                    config.topicPrefix() + Topics.ARTICLES_DLQ)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot delete benchmark topics", e);
        }
    }

    /** CPU time of this JVM, every thread (reader, workers, producer, broker, registry). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        registry.close();
        kafka.close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }
}
