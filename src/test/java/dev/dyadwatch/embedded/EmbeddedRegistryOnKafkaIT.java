package dev.dyadwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.registry.SchemaRegistryClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class EmbeddedRegistryOnKafkaIT {

    static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    private EmbeddedRegistry registry(String topic) {
        return EmbeddedRegistry.startOnKafka(Map.of("bootstrap.servers", kafka.bootstrapServers()), topic,
                (short) 1, "localhost", 0, null);
    }

    @Test
    void shouldKeepIdsVersionsAndLevelsAcrossARestart() {
        int first;
        int second;
        try (EmbeddedRegistry registry = registry("_schemas_restart")) {
            SchemaRegistryClient client = SchemaRegistryClient.forUrl(registry.url());
            first = client.register("greetings-value", EmbeddedRegistryTest.V1);
            second = client.register("greetings-value", EmbeddedRegistryTest.V2_WITH_DEFAULT);
            client.setCompatibility("greetings-value", "FULL");
        }
        try (EmbeddedRegistry registry = registry("_schemas_restart")) {
            SchemaRegistryClient client = SchemaRegistryClient.forUrl(registry.url());
            assertThat(client.schemaById(first)).isEqualTo(EmbeddedRegistryTest.V1);
            assertThat(client.lookup("greetings-value", EmbeddedRegistryTest.V2_WITH_DEFAULT).orElseThrow().id())
                    .isEqualTo(second);
            assertThat(client.versions("greetings-value")).containsExactly(1, 2);
            assertThat(client.compatibility("greetings-value")).isEqualTo("FULL");
            int third = client.register("other-value", EmbeddedRegistryTest.V2_WITHOUT_DEFAULT);
            assertThat(third).isGreaterThan(second);
        }
    }

    @Test
    void shouldNameTheTakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedRegistry.startOnKafka(Map.of("bootstrap.servers",
                    kafka.bootstrapServers()), "_schemas_port", (short) 1, "localhost", taken.getLocalPort(), null))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }
}
