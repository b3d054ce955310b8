package dev.dyadwatch.ingest.publish;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.pipeline.DeadLetters;
import dev.dyadwatch.topics.Topic;
import dev.dyadwatch.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Publishes what {@link dev.dyadwatch.ingest.ArticleInputs} reads: each article to {@code articles-raw} keyed by its
 * id, each failed input to {@code articles-dlq} as a {@link DeadLetter} (stage {@code ingest}, the reason, the input's
 * bytes) keyed by its origin, so nothing is lost. An article the broker refuses is dead-lettered too.
 *
 * <pre>{@code
 * try (ArticlePublisher publisher = ArticlePublisher.create(config.kafkaClientProperties(), topics)) {
 *     ArticleInputs.withDefaults().read(paths, publisher);
 *     PublishSummary summary = publisher.finish();
 * }
 * }</pre>
 *
 * <p>Sends are asynchronous; {@link #flush()} or {@link #finish()} wait for the broker's acknowledgements. Counters
 * can be read from any thread while a run goes on ({@link #snapshot()}).
 */
public final class ArticlePublisher implements ArticleSink, AutoCloseable {

    /** Failures kept for the summary; further ones are counted only (all of them are on the dead-letter topic). */
    public static final int MAX_REPORTED_FAILURES = 10_000;
    private static final String STAGE = "ingest";

    private final Producer<String, byte[]> producer;
    private final Topic<String, RawArticle> articles;
    private final Topic<String, DeadLetter> deadLetters;
    private final Consumer<RawArticle> onPublished;
    private final long startedNanos = System.nanoTime();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong publishErrors = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final List<InputFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<InputFailure> refused = new ConcurrentLinkedQueue<>();

    /**
     * A publisher over an existing producer of string keys and byte values.
     *
     * @param onPublished called, on the producer's thread, for each article the broker acknowledged
     */
    public ArticlePublisher(Producer<String, byte[]> producer, Topics topics, Consumer<RawArticle> onPublished) {
        this.producer = producer;
        this.articles = topics.articlesRaw();
        this.deadLetters = topics.articlesDlq();
        this.onPublished = onPublished;
    }

    /** A publisher with its own idempotent producer ({@link ProducerSettings}) to the cluster of {@code client}. */
    public static ArticlePublisher create(Map<String, Object> clientProperties, Topics topics,
            Consumer<RawArticle> onPublished) {
        return new ArticlePublisher(new KafkaProducer<>(ProducerSettings.producerProperties(clientProperties)),
                topics, onPublished);
    }

    /** {@link #create(Map, Topics, Consumer)} without a callback. */
    public static ArticlePublisher create(Map<String, Object> clientProperties, Topics topics) {
        return create(clientProperties, topics, article -> { });
    }

    @Override
    public void accept(RawArticle article) {
        sendRefusedToDeadLetters();
        byte[] value = serialize(articles, article);
        long size = article.getText().length();
        producer.send(new ProducerRecord<>(articles.name(), article.getId(), value), (metadata, error) -> {
            if (error == null) {
                published.incrementAndGet();
                bytes.addAndGet(size);
                onPublished.accept(article);
            } else {
                publishErrors.incrementAndGet();
                refused.add(new InputFailure(article.getOrigin(), "the broker did not accept the article for "
                        + articles.name() + ": " + error.getMessage(), error, value));
            }
        });
    }

    @Override
    public void reject(InputFailure failure) {
        failed.incrementAndGet();
        if (failures.size() < MAX_REPORTED_FAILURES) {
            failures.add(failure);
        }
        sendDeadLetter(failure);
    }

    @Override
    public void skip(String origin, String reason) {
        skipped.incrementAndGet();
    }

    private void sendDeadLetter(InputFailure failure) {
        DeadLetter letter = DeadLetters.forInput(STAGE, failure.reason(), failure.cause(), failure.origin(),
                failure.input());
        producer.send(new ProducerRecord<>(deadLetters.name(), failure.origin(), serialize(deadLetters, letter)),
                (metadata, error) -> {
                    if (error != null) {
                        publishErrors.incrementAndGet();
                    }
                });
    }

    private void sendRefusedToDeadLetters() {
        for (InputFailure failure; (failure = refused.poll()) != null; ) {
            if (failures.size() < MAX_REPORTED_FAILURES) {
                failures.add(failure);
            }
            sendDeadLetter(failure);
        }
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> byte[] serialize(Topic<String, V> topic,
            V value) {
        try {
            return topic.valueSerde().serializer().serialize(topic.name(), value);
        } catch (SerializationException e) {
            throw new IllegalStateException("cannot encode records for " + topic.name() + " (is the schema registry "
                    + "reachable?): " + e.getMessage(), e);
        }
    }

    /** Waits until every record sent so far is acknowledged (or has failed). */
    public void flush() {
        producer.flush();
        if (!refused.isEmpty()) {
            sendRefusedToDeadLetters();
            producer.flush();
        }
    }

    /** Flushes and sums up the run. */
    public PublishSummary finish() {
        flush();
        return snapshot();
    }

    /** The counters now. */
    public PublishSummary snapshot() {
        List<InputFailure> copy;
        synchronized (failures) {
            copy = List.copyOf(failures);
        }
        return new PublishSummary(published.get(), failed.get(), publishErrors.get(), skipped.get(), bytes.get(),
                Duration.ofNanos(System.nanoTime() - startedNanos), copy);
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            producer.close(Duration.ofSeconds(30));
        }
    }
}
