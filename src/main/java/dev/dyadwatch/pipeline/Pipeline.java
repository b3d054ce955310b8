package dev.dyadwatch.pipeline;

import dev.dyadwatch.alerts.AlertSettings;
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
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The whole dyadwatch topology: every stage that exists, in flow order, as one Kafka Streams application.
 * New stages plug in here.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** Builds the topology; {@code config} and {@code topics} are read, never changed. */
    public static Topology build(DyadwatchConfig config, Topics topics, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        new DedupeTopology(topics, DedupeSettings.from(config)
                .forApplication(streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG))).addTo(builder);
        new EnrichTopology(topics, EnrichResources.shared(DictionarySource.fromConfig(config)), CodingLimits.DEFAULT)
                .addTo(builder);
        new DyadsTopology(topics, DyadSettings.from(config), AlertSettings.from(config), config.topicPartitions())
                .addTo(builder);
        return builder.build(streamsProperties);
    }
}
