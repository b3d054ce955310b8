package dev.dyadwatch.enrich;

import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.topics.Topics;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Enrich: {@code articles-unique} to {@code articles-enriched} (each article with its sentences, actors,
 * mentions and contacts; articles in other languages pass through uncoded) and {@code contact-events} (each
 * contact keyed by its dyad, e.g. {@code PAK-RUS}). Records that cannot be coded go to {@code articles-dlq}.
 * Stateless: it scales with the partitions of {@code articles-unique}.
 *
 * <p>It runs on its own, reading {@code articles-unique} ({@link #addTo(StreamsBuilder)}), or continuing the stream
 * dedupe writes to that topic ({@link #addTo(KStream)}): the pipeline does the latter, so an article is coded in
 * the task that decided it is unique, without a round trip through the broker.
 */
public final class EnrichTopology {

    /** Name of the processor that codes articles. */
    public static final String CODE_ARTICLE = "enrich-code-article";

    private final Topics topics;
    private final EnrichResources resources;
    private final CodingLimits limits;

    /**
     * @param topics the topic registry
     * @param resources the dictionary and lexicons, shared by the JVM
     * @param limits bounds on the work per article
     */
    public EnrichTopology(Topics topics, EnrichResources resources, CodingLimits limits) {
        this.topics = topics;
        this.resources = resources;
        this.limits = limits;
    }

    /**
     * Adds the enrich sub-topology, reading {@code articles-unique}, to {@code builder}.
     *
     * @return the enriched articles as they are written to {@code articles-enriched}
     */
    public KStream<String, EnrichedArticle> addTo(StreamsBuilder builder) {
        return addTo(builder.stream(topics.articlesUnique().name(),
                topics.articlesUnique().consumed("enrich-articles-unique-source")));
    }

    /**
     * Codes the articles of {@code unique} (keyed by article id) in the tasks that produce them.
     *
     * @return the enriched articles as they are written to {@code articles-enriched}, in the order of {@code unique}
     */
    public KStream<String, EnrichedArticle> addTo(KStream<String, UniqueArticle> unique) {
        KStream<String, EnrichOutcome> outcomes = unique
                .process(() -> new EnrichProcessor(resources, limits), Named.as(CODE_ARTICLE));
        var branches = outcomes.split(Named.as("enrich-"))
                .branch((id, outcome) -> outcome.isFailed(), Branched.withConsumer(failed -> failed
                        .mapValues(EnrichOutcome::deadLetter, Named.as("enrich-dead-letter"))
                        .to(topics.articlesDlq().name(), topics.articlesDlq().produced("enrich-dlq-sink"))))
                .defaultBranch(Branched.as("coded"));
        KStream<String, EnrichOutcome> coded = branches.get("enrich-coded");
        KStream<String, EnrichedArticle> enriched = coded.mapValues(EnrichOutcome::enriched,
                Named.as("enrich-to-enriched-article"));
        enriched.to(topics.articlesEnriched().name(), topics.articlesEnriched().produced("enrich-enriched-sink"));
        coded.flatMap((id, outcome) -> outcome.contacts().stream().map(c -> KeyValue.pair(c.getDyad(), c)).toList(),
                        Named.as("enrich-contacts-by-dyad"))
                .to(topics.contactEvents().name(), topics.contactEvents().produced("enrich-contact-events-sink"));
        return enriched;
    }
}
