package dev.dyadwatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration files an operator copies from deploy/ load as they are: no unknown or misspelt key. */
class DeployConfigTest {

    @Test
    void shouldLoadTheProductionExample() {
        DyadwatchConfig config = ConfigLoader.load(Path.of("deploy/dyadwatch.properties"), Map.of(), Map.of());
        assertThat(config.topicReplicationFactor()).isEqualTo((short) 3);
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.kafkaClientProperties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(config.streamsOverrides()).containsEntry("num.standby.replicas", "1");
        assertThat(config.schemaAutoRegister()).isFalse();
    }

    @Test
    void shouldLoadTheLocalClusterSettings() {
        DyadwatchConfig config = ConfigLoader.load(Path.of("deploy/local-cluster.properties"), Map.of(), Map.of());
        assertThat(config.bootstrapServers()).isEqualTo("localhost:19092,localhost:19093,localhost:19094");
    }
}
