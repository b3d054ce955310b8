package dev.dyadwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.dyads.DyadsTopology;
import dev.dyadwatch.enrich.EnrichTopology;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The shape of the whole pipeline: it reads only {@code articles-raw} from outside, writes every contract topic,
 * and codes and fans out each article in the task that decides it is unique (no broker round trip between).
 */
class PipelineTest {

    private final DyadwatchConfig config = DyadwatchConfig.defaults();
    // Serdes reach the registry lazily: building and describing the topology never calls it.
    private final Topics topics = Topics.create(config, SchemaRegistryClient.forUrl("http://localhost:1"));
    private final TopologyDescription description = Pipeline.build(config, topics,
            StreamsSettings.properties(config, topics.articlesDlq())).describe();

    @Test
    void shouldReadOnlyTheRawArticlesFromOutside() {
        Set<String> external = new HashSet<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    // The description names repartition topics without the application id prefix.
                    source.topicSet().stream().filter(t -> !t.endsWith("-repartition"))
                            .forEach(external::add);
                }
            }
        }
        assertThat(external).containsExactlyInAnyOrderElementsOf(Pipeline.sourceTopics(config, topics));
    }

    @Test
    void shouldStillWriteTheTopicsBetweenTheStagesForOtherConsumers() {
        Set<String> sinks = new HashSet<>();
        description.subtopologies().forEach(sub -> sub.nodes().stream()
                .filter(n -> n instanceof TopologyDescription.Sink).forEach(n ->
                        sinks.add(((TopologyDescription.Sink) n).topic())));
        assertThat(sinks).contains(topics.articlesUnique().name(), topics.articlesDuplicates().name(),
                topics.articlesEnriched().name(), topics.contactEvents().name(), topics.dyadCounts().name(),
                topics.alerts().name(), topics.articlesDlq().name());
    }

    @Test
    void shouldCodeAndFanOutAnArticleInTheTaskThatDecidesItIsUnique() {
        TopologyDescription.Subtopology home = subtopologyWith("dedupe-checks");
        assertThat(names(home)).contains(EnrichTopology.CODE_ARTICLE, "dyads-fan-out");
        assertThat(names(subtopologyWith(DyadsTopology.EVALUATE))).doesNotContain("dedupe-checks");
    }

    @Test
    void shouldReadTheTopicsBetweenTheStagesWhenNotFused() {
        DyadwatchConfig unfused = config.with(Option.PIPELINE_FUSED, "false");
        TopologyDescription separate = Pipeline.build(unfused, topics,
                StreamsSettings.properties(unfused, topics.articlesDlq())).describe();
        Set<String> external = new HashSet<>();
        separate.subtopologies().forEach(sub -> sub.nodes().stream()
                .filter(n -> n instanceof TopologyDescription.Source)
                .forEach(n -> ((TopologyDescription.Source) n).topicSet().stream()
                        .filter(t -> !t.endsWith("-repartition")).forEach(external::add)));
        assertThat(external).containsExactlyInAnyOrderElementsOf(Pipeline.sourceTopics(unfused, topics))
                .contains(topics.articlesUnique().name(), topics.articlesEnriched().name());
    }

    private TopologyDescription.Subtopology subtopologyWith(String processor) {
        List<TopologyDescription.Subtopology> found = description.subtopologies().stream()
                .filter(sub -> names(sub).contains(processor)).toList();
        assertThat(found).as("sub-topologies holding %s", processor).hasSize(1);
        return found.get(0);
    }

    private static Set<String> names(TopologyDescription.Subtopology sub) {
        Set<String> names = new HashSet<>();
        sub.nodes().forEach(n -> names.add(n.name()));
        return names;
    }
}
