package dev.dyadwatch.pipeline;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.EnrichedArticle;
import dev.dyadwatch.avro.UniqueArticle;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.dedupe.DedupeSettings;
import dev.dyadwatch.dedupe.DedupeTopology;
import dev.dyadwatch.dyads.DyadSettings;
import dev.dyadwatch.dyads.DyadsTopology;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.DictionarySource;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.EnrichTopology;
import dev.dyadwatch.topics.Topics;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KStream;

/**
 * The whole dyadwatch topology: every stage that exists, in flow order, as one Kafka Streams application.
 * New stages plug in here.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * The topics the pipeline reads from outside: {@code articles-raw}, and, unless the stages are fused
     * ({@code pipeline.fused}), {@code articles-unique} and {@code articles-enriched}. Its repartition topics are
     * found by {@link PipelineProgress}.
     */
    public static List<String> sourceTopics(DyadwatchConfig config, Topics topics) {
        return config.pipelineFused() ? List.of(topics.articlesRaw().name())
                : List.of(topics.articlesRaw().name(), topics.articlesUnique().name(),
                        topics.articlesEnriched().name());
    }

    /** Builds the topology; {@code config} and {@code topics} are read, never changed. */
    public static Topology build(DyadwatchConfig config, Topics topics, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        DedupeTopology dedupe = new DedupeTopology(topics, DedupeSettings.from(config)
                .forApplication(streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)));
        EnrichTopology enrich = new EnrichTopology(topics, EnrichResources.shared(DictionarySource.fromConfig(config)),
                CodingLimits.DEFAULT);
        DyadsTopology dyads = new DyadsTopology(topics, DyadSettings.from(config), AlertSettings.from(config),
                config.topicPartitions());
        if (config.pipelineFused()) {
            // Each stage continues the stream of the one before in the same task (dedupe's home): an article is
            // decided, coded and fanned out to the dyad partitions in one transaction. The topics in between are
            // still written for other consumers; reading them back would add two exactly-once hops to every alert.
            KStream<String, UniqueArticle> unique = dedupe.addTo(builder);
            KStream<String, EnrichedArticle> enriched = enrich.addTo(unique);
            dyads.addTo(builder, enriched);
        } else {
            dedupe.addTo(builder);
            enrich.addTo(builder);
            dyads.addTo(builder);
        }
        return builder.build(streamsProperties);
    }
}
