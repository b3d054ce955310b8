package dev.dyadwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.topics.Topics;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * How the stream threads' producers batch (until the commit under exactly-once, briefly otherwise) and that no task
 * idles waiting for an input.
 */
class StreamsSettingsTest {

    private static final String LINGER = StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG);

    private static Properties properties(DyadwatchConfig config) {
        Topics topics = Topics.create(config, SchemaRegistryClient.forUrl("http://localhost:1"));
        return StreamsSettings.properties(config, topics.articlesDlq());
    }

    @Test
    void shouldLingerUntilTheCommitUnderExactlyOnce() {
        DyadwatchConfig config = DyadwatchConfig.defaults()
                .with(Option.PROCESSING_GUARANTEE, "exactly_once_v2").with(Option.COMMIT_INTERVAL_MS, "80");

        assertThat(properties(config).get(LINGER)).isEqualTo(80L);
    }

    @Test
    void shouldSendBatchesSoonUnderAtLeastOnce() {
        DyadwatchConfig config = DyadwatchConfig.defaults()
                .with(Option.PROCESSING_GUARANTEE, "at_least_once").with(Option.COMMIT_INTERVAL_MS, "80");

        assertThat(properties(config).get(LINGER)).isEqualTo(StreamsSettings.AT_LEAST_ONCE_LINGER_MS);
    }

    @Test
    void shouldNeverLingerLessThanUnderAtLeastOnce() {
        DyadwatchConfig config = DyadwatchConfig.defaults()
                .with(Option.PROCESSING_GUARANTEE, "exactly_once_v2").with(Option.COMMIT_INTERVAL_MS, "1");

        assertThat(properties(config).get(LINGER)).isEqualTo(StreamsSettings.AT_LEAST_ONCE_LINGER_MS);
    }

    @Test
    void shouldNeverIdleATaskWaitingForOneOfItsInputs() {
        // Dedupe's home task reads articles-raw beside dedupe-home and needs no order between them.
        assertThat(properties(DyadwatchConfig.defaults()).get(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG))
                .isEqualTo(StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
    }
}
