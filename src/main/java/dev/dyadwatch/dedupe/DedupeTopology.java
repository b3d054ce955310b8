package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DuplicateKind;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.topics.Topics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Dedupe, exact copies: {@code articles-raw} to {@code articles-unique} (first-seen articles with their
 * story id) and {@code articles-duplicates} (copies with the id of the article they copy).
 *
 * <p>Two checks in sequence, each on a partition-local store: the same article id again (articles-raw is
 * keyed by id, so repeats land on one partition), then the same normalised text under another id, after a
 * repartition by content hash so that identical texts meet whatever partition their ids hash to. Both stores
 * forget after the horizon (event time). Near-duplicates are not detected yet.
 */
public final class DedupeTopology {

    /** Store of first-seen article ids. */
    public static final String SEEN_IDS_STORE = "dedupe-seen-ids";
    /** Store of first-seen normalised-text hashes. */
    public static final String SEEN_TEXTS_STORE = "dedupe-seen-texts";
    /** Repartition of articles by content hash (internal topic suffix). */
    public static final String BY_CONTENT_HASH = "dedupe-by-content-hash";

    private final Topics topics;
    private final Duration horizon;

    public DedupeTopology(Topics topics, Duration horizon) {
        this.topics = topics;
        this.horizon = horizon;
    }

    /** Adds the dedupe sub-topology to {@code builder}. */
    public void addTo(StreamsBuilder builder) {
        builder.addStateStore(firstSeenStore(SEEN_IDS_STORE));
        builder.addStateStore(firstSeenStore(SEEN_TEXTS_STORE));

        KStream<String, DedupeOutcome> byId = builder
                .stream(topics.articlesRaw().name(), topics.articlesRaw().consumed("dedupe-articles-raw-source"))
                .process(() -> new FirstSeenProcessor(SEEN_IDS_STORE, horizon, DuplicateKind.SAME_ID,
                        RawArticle::getId), Named.as("dedupe-check-id"), SEEN_IDS_STORE);
        KStream<String, DedupeOutcome> byText = route(byId, "dedupe-id-")
                .selectKey((id, article) -> article.getContentHash(), Named.as("dedupe-key-by-content-hash"))
                .repartition(Repartitioned.with(Serdes.String(), topics.articlesRaw().valueSerde())
                        .withName(BY_CONTENT_HASH))
                .process(() -> new FirstSeenProcessor(SEEN_TEXTS_STORE, horizon, DuplicateKind.SAME_TEXT,
                        RawArticle::getContentHash), Named.as("dedupe-check-text"), SEEN_TEXTS_STORE);
        route(byText, "dedupe-text-")
                .mapValues(article -> UniqueArticle.newBuilder().setArticle(article).setStoryId(article.getId())
                        .build(), Named.as("dedupe-to-unique"))
                .to(topics.articlesUnique().name(), topics.articlesUnique().produced("dedupe-unique-sink"));
    }

    /** Sends copies and rejects to their topics and returns the articles that passed. */
    private KStream<String, RawArticle> route(KStream<String, DedupeOutcome> outcomes, String prefix) {
        var branches = outcomes.split(Named.as(prefix))
                .branch((key, outcome) -> outcome.isRejected(), Branched.withConsumer(rejected -> rejected
                        .mapValues(DedupeOutcome::deadLetter, Named.as(prefix + "dead-letter"))
                        .to(topics.articlesDlq().name(), topics.articlesDlq().produced(prefix + "dlq-sink"))))
                .branch((key, outcome) -> outcome.isCopy(), Branched.withConsumer(copies -> copies
                        .mapValues(DedupeOutcome::duplicate, Named.as(prefix + "verdict"))
                        .to(topics.articlesDuplicates().name(),
                                topics.articlesDuplicates().produced(prefix + "duplicates-sink"))))
                .defaultBranch(Branched.as("passed"));
        return branches.get(prefix + "passed").mapValues(DedupeOutcome::article, Named.as(prefix + "article"));
    }

    private StoreBuilder<WindowStore<String, FirstSeen>> firstSeenStore(String name) {
        // Window size 1 ms: each entry is one point in event time; retention is the horizon.
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, horizon, Duration.ofMillis(1), false),
                Serdes.String(), FirstSeen.serde());
    }
}
