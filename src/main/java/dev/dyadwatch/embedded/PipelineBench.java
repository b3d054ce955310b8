package dev.dyadwatch.embedded;

import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.pipeline.Pipeline;
import dev.dyadwatch.pipeline.PipelineProgress;
import dev.dyadwatch.topics.Topic;
import dev.dyadwatch.topics.Topics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Drives articles through a running pipeline and measures it from outside, as a user would: sustained
 * throughput (articles produced as fast as the producer goes, until every stage has processed them) and
 * latency at a steady rate (wall-clock time from producing an article to its enriched record, and to each alert
 * update it triggered). Producer and measuring consumers live in this JVM, so one clock serves all.
 */
public final class PipelineBench {

    /**
     * What one run measured.
     *
     * @param burstArticles articles produced at full speed
     * @param burstSeconds seconds from the first of them produced to all of them processed by every stage
     * @param burstCpuSeconds CPU seconds this JVM (broker, registry, pipeline and the bench's own clients) used
     *     meanwhile: unlike the rate, hardly changed by other processes competing for the cores
     * @param steadyArticles articles produced at the steady rate
     * @param tailArticles the last of them, produced at the same rate but not measured (see {@link #run})
     * @param steadyRate the rate asked for, articles per second
     * @param achievedRate the rate the producer kept
     * @param enrichedMillis produce-to-enriched latencies of the steady articles, sorted
     * @param alertMillis produce-to-alert latencies of the alert updates the steady articles triggered, sorted
     * @param traffic what the run wrote to each topic, the largest first
     */
    public record Result(int burstArticles, double burstSeconds, double burstCpuSeconds, int steadyArticles,
            int tailArticles, double steadyRate, double achievedRate, long[] enrichedMillis, long[] alertMillis,
            List<TopicTraffic> traffic) {

        public double burstRate() {
            return burstArticles / burstSeconds;
        }

        /** CPU milliseconds per article of the burst, every thread of this JVM counted. */
        public double cpuMillisPerArticle() {
            return burstCpuSeconds * 1_000 / burstArticles;
        }

        /** The {@code q} quantile (0..1) of sorted values, nearest rank; -1 when there are none. */
        public static long quantile(long[] sorted, double q) {
            if (sorted.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    private final EmbeddedStack stack;
    private final String applicationId;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<Long> enrichedLatencies = new CopyOnWriteArrayList<>();
    private final List<Long> alertLatencies = new CopyOnWriteArrayList<>();

    public PipelineBench(EmbeddedStack stack, String applicationId) {
        this.stack = stack;
        this.applicationId = applicationId;
    }

    /**
     * Produces {@code burst} at full speed and waits until it is processed, then produces {@code steady} at
     * {@code rate} articles per second while measuring latencies, and waits until that is processed too.
     */
    public Result run(List<RawArticle> burst, List<RawArticle> steady, double rate, Duration timeout)
            throws InterruptedException {
        Topics topics = stack.topics();
        Topic<String, RawArticle> raw = topics.articlesRaw();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProperties(),
                raw.keySerde().serializer(), raw.valueSerde().serializer());
                PipelineProgress progress = new PipelineProgress(stack.config().kafkaClientProperties(),
                        applicationId, Pipeline.sourceTopics(stack.config(), topics))) {
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            for (RawArticle article : burst) {
                producer.send(new ProducerRecord<>(raw.name(), article.getId(), article));
            }
            producer.flush();
            if (!progress.awaitCaughtUp(timeout, Duration.ofMillis(100))) {
                throw new IllegalStateException("the pipeline did not process the burst within " + timeout);
            }
            double burstSeconds = (System.nanoTime() - started) / 1e9;
            double burstCpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;

            Watch<EnrichedArticle> enriched = new Watch<>(topics.articlesEnriched(), (key, article) ->
                    latency(key, enrichedLatencies));
            Watch<DyadAlert> alerts = new Watch<>(topics.alerts(), (key, alert) -> {
                if (alert.getTriggerArticleId() != null) {
                    latency(alert.getTriggerArticleId(), alertLatencies);
                }
            });
            enriched.start();
            alerts.start();
            try {
                // The last few seconds of the steady phase are produced but not measured: at the end of a finite
                // input the dyad stage evaluates the last instants only once its inputs have been idle for
                // dyads.idle.ms, a wait a live stream, in which articles keep coming, never has.
                int tail = (int) Math.min(steady.size() / 5,
                        Math.ceil(rate * (stack.config().dyadsIdle().toMillis() + 2_000) / 1_000.0));
                int measured = steady.size() - tail;
                long steadyStart = System.nanoTime();
                for (int i = 0; i < steady.size(); i++) {
                    long due = steadyStart + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    RawArticle article = steady.get(i);
                    if (i < measured) {
                        sentAt.put(article.getId(), System.currentTimeMillis());
                    }
                    producer.send(new ProducerRecord<>(raw.name(), article.getId(), article));
                }
                producer.flush();
                double achieved = steady.size() / ((System.nanoTime() - steadyStart) / 1e9);
                if (!progress.awaitCaughtUp(timeout, Duration.ofMillis(100))) {
                    throw new IllegalStateException("the pipeline did not process the steady phase within "
                            + timeout);
                }
                // The dyad stage may hold the last evaluation until its inputs are idle; give it that long.
                Thread.sleep(stack.config().dyadsIdle().toMillis() + 1_000);
                List<TopicTraffic> traffic;
                try (Admin admin = Admin.create(stack.config().kafkaClientProperties())) {
                    traffic = TopicTraffic.measure(admin);
                }
                return new Result(burst.size(), burstSeconds, burstCpuSeconds, steady.size(), tail, rate, achieved,
                        sorted(enrichedLatencies), sorted(alertLatencies), traffic);
            } finally {
                enriched.close();
                alerts.close();
            }
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private void latency(String articleId, List<Long> into) {
        Long sent = sentAt.get(articleId);
        if (sent != null) {
            into.add(System.currentTimeMillis() - sent);
        }
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> props = new HashMap<>(stack.config().kafkaClientProperties());
        props.put("acks", "all");
        props.put("enable.idempotence", true);
        props.put("linger.ms", 5);
        props.put("compression.type", "lz4");
        props.put("batch.size", 256 * 1024);
        return props;
    }

    private static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** Reads a topic from its end as records are committed, on its own thread. */
    private final class Watch<V> implements AutoCloseable {
        private final KafkaConsumer<String, V> consumer;
        private final Thread thread;
        private volatile boolean stopped;

        Watch(Topic<String, V> topic, BiConsumer<String, V> onRecord) {
            Map<String, Object> props = new HashMap<>(stack.config().kafkaClientProperties());
            props.put("isolation.level", "read_committed");
            props.put("enable.auto.commit", false);
            props.put("group.id", "dyadwatch-bench-" + topic.name() + "-" + System.nanoTime());
            props.put("auto.offset.reset", "latest");
            props.put("fetch.max.wait.ms", 50);
            consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
            consumer.subscribe(List.of(topic.name()));
            List<Integer> assigned = new ArrayList<>();
            while (assigned.isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
                consumer.assignment().forEach(p -> assigned.add(p.partition()));
            }
            thread = new Thread(() -> {
                while (!stopped) {
                    for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(50))) {
                        onRecord.accept(record.key(), record.value());
                    }
                }
            }, "dyadwatch-bench-" + topic.name());
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void close() {
            stopped = true;
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
