package dev.dyadwatch.bench;

import dev.dyadwatch.dedupe.DedupeCluster;
import dev.dyadwatch.dedupe.SyndicatedArticles;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dedupe topology on the embedded broker: a backlog of generated articles (30% syndicated copies) on a
 * three-partition {@code articles-raw}, deduplicated from the start by a fresh application (exactly-once, 100 ms
 * commits, two stream threads) in the same JVM as the broker. Each iteration prints the throughput from the moment
 * the application runs until the last verdict is readable, the heap of the in-memory LSH buckets and the RocksDB
 * table files it left per article. Targets: at least 2,000 articles a second on the two-core machine; at most 1 KB
 * of state per article.
 *
 * <p>{@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="DedupeTopology -f 1 -wi 1 -i 3"}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DedupeTopologyBenchmark {

    @Param("20000")
    int articles;

    private DedupeCluster cluster;
    private int run;
    private KafkaStreams streams;
    private Map<String, Long> bytesBefore;
    private Map<org.apache.kafka.common.TopicPartition, Long> outputsBefore;

    @Setup(Level.Trial)
    public void produceBacklog() {
        cluster = new DedupeCluster(3, Duration.ofDays(7), Map.of());
        SyndicatedArticles.Batch batch = new SyndicatedArticles(7).generate(articles, 0.3,
                Instant.parse("2024-03-01T00:00:00Z"), Duration.ofDays(2));
        cluster.produce(batch.articles());
        System.out.printf("%nbacklog: %d articles (%d originals, %d copies) on articles-raw%n", articles,
                batch.originals(), batch.copies());
    }

    @Setup(Level.Iteration)
    public void startApplication() {
        bytesBefore = cluster.stateBytesByStore();
        outputsBefore = cluster.outputEnds();
        streams = cluster.startInstance("dedupe-bench-" + run++);
    }

    /**
     * Deduplicates the whole backlog: the time is from a running application to the last verdict. The machine is
     * shared, so the CPU time the JVM used (broker, registry, application and the reader together) is printed too:
     * articles per CPU-second do not depend on what else runs.
     */
    @Benchmark
    public int dedupeBacklog() {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        int out = cluster.countOutputs(outputsBefore, articles, Duration.ofMinutes(9));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf("%n%d of %d articles out in %.1f s: %.0f articles/s; the JVM used %.1f CPU-seconds, "
                + "%.0f articles per CPU-second (%.0f µs of CPU per article)%n", out, articles, seconds,
                out / seconds, cpuSeconds, out / cpuSeconds, cpuSeconds * 1e6 / out);
        if (out != articles) {
            throw new IllegalStateException("only " + out + " of " + articles + " articles came out");
        }
        return out;
    }

    @TearDown(Level.Iteration)
    public void measureState() {
        double indexBytes = streams.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().name().equals("band-index-bytes"))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue()).sum();
        System.out.printf("in-memory LSH buckets: %.0f bytes per article%n", indexBytes / articles);
        streams.close(Duration.ofSeconds(60));
        Map<String, Long> after = cluster.stateBytesByStore();
        long total = 0;
        StringBuilder stores = new StringBuilder();
        for (Map.Entry<String, Long> store : after.entrySet()) {
            long bytes = store.getValue() - bytesBefore.getOrDefault(store.getKey(), 0L);
            total += bytes;
            stores.append(String.format(" %s %.0f B,", store.getKey(), (double) bytes / articles));
        }
        System.out.printf("state on disk after closing: %.0f bytes per article (%s)%n", (double) total / articles,
                stores.substring(0, Math.max(0, stores.length() - 1)).trim());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @TearDown(Level.Trial)
    public void stop() {
        cluster.close();
    }
}
