package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.pipeline.StreamsSettings;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * Pins the names of dedupe's stores, internal topics and main processors: they name changelog and repartition
 * topics on a running cluster, so changing one is an upgrade that needs a reset, never an accident.
 */
class DedupeTopologyNamingTest {

    private final TopologyDescription description = describe();

    private static TopologyDescription describe() {
        DyadwatchConfig config = DyadwatchConfig.defaults();
        // Serdes reach the registry lazily: building and describing the topology never calls it.
        Topics topics = Topics.create(config, SchemaRegistryClient.forUrl("http://localhost:1"));
        Properties props = StreamsSettings.properties(config, topics.articlesDlq());
        // Built as the pipeline builds it, explicit naming enforced, with the dedupe stage alone.
        return DedupeDriver.topology(config, topics, props).describe();
    }

    private Set<TopologyDescription.Node> nodes() {
        Set<TopologyDescription.Node> nodes = new HashSet<>();
        description.subtopologies().forEach(sub -> nodes.addAll(sub.nodes()));
        return nodes;
    }

    @Test
    void shouldBeWiredIntoThePipeline() {
        DyadwatchConfig config = DyadwatchConfig.defaults();
        Topics topics = Topics.create(config, SchemaRegistryClient.forUrl("http://localhost:1"));
        Properties props = StreamsSettings.properties(config, topics.articlesDlq());
        Set<String> stores = new HashSet<>();
        dev.dyadwatch.pipeline.Pipeline.build(config, topics, props).describe().subtopologies()
                .forEach(sub -> sub.nodes().stream().filter(n -> n instanceof TopologyDescription.Processor)
                        .forEach(n -> stores.addAll(((TopologyDescription.Processor) n).stores())));
        assertThat(stores).contains(DedupeStores.ARTICLES, DedupeStores.BANDS);
    }

    @Test
    void shouldNameEveryStore() {
        Set<String> stores = new HashSet<>();
        nodes().stream().filter(n -> n instanceof TopologyDescription.Processor)
                .forEach(n -> stores.addAll(((TopologyDescription.Processor) n).stores()));
        assertThat(stores).containsExactlyInAnyOrder("dedupe-articles", "dedupe-bands", "dedupe-pending",
                "dedupe-pending-articles", "dedupe-release-queue", "dedupe-parked-claims", "dedupe-parked-deferrals");
    }

    @Test
    void shouldNameEveryInternalTopicAndReadAndWriteOnlyTheContractTopics() {
        Set<String> sources = new HashSet<>();
        Set<String> sinks = new HashSet<>();
        for (TopologyDescription.Node node : nodes()) {
            if (node instanceof TopologyDescription.Source source) {
                sources.addAll(source.topicSet());
            } else if (node instanceof TopologyDescription.Sink sink) {
                sinks.add(sink.topic());
            }
        }
        List<String> internal = List.of("dedupe-home-repartition", "dedupe-probes-repartition");
        assertThat(sources).containsExactlyInAnyOrderElementsOf(concat(internal, "articles-raw"));
        // Messages for an article's home go back to the home topic by its full name, the application id first.
        assertThat(sinks).containsExactlyInAnyOrderElementsOf(concat(internal, "dyadwatch-dedupe-home-repartition",
                "articles-unique", "articles-duplicates", "articles-dlq"));
    }

    @Test
    void shouldNameTheProcessorsAndSplitIntoHomeAndBandSubTopologies() {
        Set<String> names = new HashSet<>();
        nodes().forEach(n -> names.add(n.name()));
        assertThat(names).allMatch(name -> name.startsWith("dedupe-"));
        assertThat(names).contains("dedupe-source", "dedupe-arrival", "dedupe-to-home", "dedupe-answers-to-home",
                "dedupe-checks", "dedupe-band-lookup", "dedupe-judge-claims", "dedupe-answer-deferrals",
                "dedupe-count-copies", "dedupe-unique-sink", "dedupe-duplicates-sink", "dedupe-dlq-sink");
        assertThat(description.subtopologies()).hasSize(2);
    }

    @Test
    void shouldCheckAnArticleInTheTaskThatReadsIt() {
        // The home task reads articles-raw beside dedupe-home: no copy of the article crosses a topic to its home.
        Set<Set<String>> inputs = new HashSet<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            Set<String> topics = new HashSet<>();
            sub.nodes().stream().filter(n -> n instanceof TopologyDescription.Source)
                    .forEach(n -> topics.addAll(((TopologyDescription.Source) n).topicSet()));
            inputs.add(topics);
        }
        assertThat(inputs).containsExactlyInAnyOrder(Set.of("articles-raw", "dedupe-home-repartition"),
                Set.of("dedupe-probes-repartition"));
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
