package dev.dyadwatch.embedded;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.registry.RegistryClientConfig;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.TopicAdmin;
import dev.dyadwatch.topics.Topics;
import java.util.List;

/**
 * Everything dyadwatch needs to run on one machine with nothing installed: the embedded broker, the embedded
 * registry keeping its schemas on that broker, and every topic created. Used by the demo, the bench command
 * and end-to-end tests; the pipeline itself runs on top of it like on any cluster.
 */
public final class EmbeddedStack implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;
    private final DyadwatchConfig config;
    private final Topics topics;
    private final List<TopicAdmin.Result> createdTopics;

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedRegistry registry, DyadwatchConfig config, Topics topics,
            List<TopicAdmin.Result> createdTopics) {
        this.kafka = kafka;
        this.registry = registry;
        this.config = config;
        this.topics = topics;
        this.createdTopics = createdTopics;
    }

    /**
     * Starts broker and registry and creates the topics.
     *
     * @param kafkaOptions where the broker listens and keeps its data
     * @param registryPort the registry's port, 0 for a free one
     * @param base configuration whose bootstrap servers and registry URL are replaced by the embedded ones
     */
    public static EmbeddedStack start(EmbeddedKafka.Options kafkaOptions, int registryPort, DyadwatchConfig base) {
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaOptions);
        EmbeddedRegistry registry = null;
        try {
            DyadwatchConfig onKafka = base.with(Option.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
            registry = EmbeddedRegistry.startOnKafka(onKafka.kafkaClientProperties(), onKafka.registryTopic(),
                    onKafka.topicReplicationFactor(), kafkaOptions.host(), registryPort, null);
            DyadwatchConfig config = onKafka.with(Option.SCHEMA_REGISTRY_URL, registry.url());
            List<TopicAdmin.Result> created = TopicAdmin.createAll(config);
            SchemaRegistryClient client =
                    new SchemaRegistryClient(RegistryClientConfig.fromProperties(config.registryClientProperties()));
            return new EmbeddedStack(kafka, registry, config, Topics.create(config, client), created);
        } catch (RuntimeException e) {
            if (registry != null) {
                registry.close();
            }
            kafka.close();
            throw e;
        }
    }

    /** On free ports in a temporary directory, with the defaults in code otherwise. */
    public static EmbeddedStack startDefault() {
        return start(EmbeddedKafka.Options.defaults(), 0, DyadwatchConfig.defaults());
    }

    /** The configuration pointing at this stack's broker and registry. */
    public DyadwatchConfig config() {
        return config;
    }

    /** The topic registry, its serdes talking to this stack's registry. */
    public Topics topics() {
        return topics;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedRegistry registry() {
        return registry;
    }

    /** What happened to each topic at start: created, or there already. */
    public List<TopicAdmin.Result> createdTopics() {
        return createdTopics;
    }

    @Override
    public void close() {
        registry.close();
        kafka.close();
    }
}
