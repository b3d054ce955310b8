package dev.dyadwatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseDefaultsInCodeWhenNothingIsGiven() {
        DyadwatchConfig config = ConfigLoader.load(null, Map.of(), Map.of());
        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.schemaRegistryUrl()).isEqualTo("http://localhost:8081");
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.commitIntervalMs()).isEqualTo(50);
        assertThat(config.topicPrefix()).isEmpty();
        assertThat(config.dedupeHorizon()).hasDays(7);
    }

    @Test
    void shouldLetFileOverrideDefaultsEnvironmentOverrideFileAndFlagsOverrideAll() throws IOException {
        Path file = write("bootstrap.servers=file:9092\ntopic.prefix=file.\ntopic.partitions=6\n"
                + "schema.registry.url=http://file:8081\n");
        Map<String, String> env = Map.of("DYADWATCH_TOPIC_PREFIX", "env.", "KAFKA_BOOTSTRAP_SERVERS", "env:9092");
        DyadwatchConfig config = ConfigLoader.load(file, env, Map.of(Option.BOOTSTRAP_SERVERS, "flag:9092"));
        assertThat(config.bootstrapServers()).isEqualTo("flag:9092");
        assertThat(config.topicPrefix()).isEqualTo("env.");
        assertThat(config.topicPartitions()).isEqualTo(6);
        assertThat(config.schemaRegistryUrl()).isEqualTo("http://file:8081");
        assertThat(config.commitIntervalMs()).isEqualTo(50);
    }

    @Test
    void shouldPassKafkaPropertiesFromFileAndEnvironmentToEveryClient() throws IOException {
        Path file = write("kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=PLAIN\n"
                + "streams.num.standby.replicas=1\n");
        DyadwatchConfig config = ConfigLoader.load(file,
                Map.of("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "KAFKA_HEAP_OPTS", "-Xmx1g"), Map.of());
        assertThat(config.kafkaClientProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("bootstrap.servers", "localhost:9092")
                .doesNotContainKey("heap.opts");
        assertThat(config.streamsOverrides()).containsEntry("num.standby.replicas", "1");
    }

    @Test
    void shouldPassRegistryAuthAndTlsToTheRegistryClient() throws IOException {
        Path file = write("basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=ops:secret\n"
                + "schema.registry.ssl.truststore.location=/etc/trust.jks\n");
        DyadwatchConfig config = ConfigLoader.load(file, Map.of("DYADWATCH_SCHEMA_REGISTRY_URL", "https://sr:443"),
                Map.of());
        assertThat(config.registryClientProperties())
                .containsEntry("schema.registry.url", "https://sr:443")
                .containsEntry("basic.auth.user.info", "ops:secret")
                .containsEntry("schema.registry.ssl.truststore.location", "/etc/trust.jks");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void shouldRejectAnUnknownKeyInTheFileNamingIt() throws IOException {
        Path file = write("topic.prefx=oops\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic.prefx")
                .hasMessageContaining(file.toString());
    }

    @Test
    void shouldRejectAMissingFile() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of(), Map.of()))
                .hasMessageContaining("does not exist").hasMessageContaining("nope.properties");
    }

    @Test
    void shouldRejectBadValuesNamingTheOption() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of(Option.TOPIC_PARTITIONS, "three")))
                .hasMessageContaining("topic.partitions").hasMessageContaining("three");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of(Option.COMMIT_INTERVAL_MS, "0")))
                .hasMessageContaining("commit.interval.ms");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of(Option.DYADS_TICKS_FLUSH_MS, "0")))
                .hasMessageContaining("dyads.ticks.flush.ms");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of(Option.DYADS_TICKS_BATCH_MAX, "-1")))
                .hasMessageContaining("dyads.ticks.batch.max");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(),
                Map.of(Option.PROCESSING_GUARANTEE, "exactly_once")))
                .hasMessageContaining("processing.guarantee");
    }

    @Test
    void shouldNotChangeAConfigWhenDerivingAnother() {
        DyadwatchConfig base = DyadwatchConfig.defaults();
        DyadwatchConfig derived = base.with(Option.TOPIC_PREFIX, "x.");
        assertThat(base.topicPrefix()).isEmpty();
        assertThat(derived.topicPrefix()).isEqualTo("x.");
    }

    @Test
    void shouldNameEachOptionsEnvironmentVariable() {
        assertThat(Option.TOPIC_REPLICATION_FACTOR.environmentVariable())
                .isEqualTo("DYADWATCH_TOPIC_REPLICATION_FACTOR");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("dyadwatch.properties");
        Files.writeString(file, text);
        return file;
    }
}
