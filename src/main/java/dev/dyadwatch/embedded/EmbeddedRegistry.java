package dev.dyadwatch.embedded;

import dev.dyadwatch.embedded.registry.InMemorySchemaLog;
import dev.dyadwatch.embedded.registry.KafkaSchemaLog;
import dev.dyadwatch.embedded.registry.RegistryServer;
import dev.dyadwatch.embedded.registry.SchemaLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Map;

/**
 * A Confluent-compatible schema registry in this JVM, for the one-command demo, the {@code registry} command
 * and tests. Its schemas live in a compacted Kafka topic ({@link #startOnKafka}) so ids survive a restart, as
 * with Confluent's registry, or in memory ({@link #startInMemory}) for tests that need no broker.
 */
public final class EmbeddedRegistry implements AutoCloseable {

    private final RegistryServer server;
    private final String host;

    private EmbeddedRegistry(RegistryServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** A registry on a free port whose schemas live as long as it does. */
    public static EmbeddedRegistry startInMemory() {
        return start(new InMemorySchemaLog(), "localhost", 0, null);
    }

    /**
     * A registry keeping its schemas in {@code topic} (created compacted when missing).
     *
     * @param kafkaClientProperties bootstrap.servers and any security properties
     * @param port the port, 0 for a free one
     */
    public static EmbeddedRegistry startOnKafka(Map<String, Object> kafkaClientProperties, String topic,
            short replicationFactor, String host, int port, String userInfo) {
        return start(new KafkaSchemaLog(kafkaClientProperties, topic, replicationFactor), host, port, userInfo);
    }

    /** A registry over any log, on {@code host:port} (0 for a free port), requiring {@code userInfo} if set. */
    public static EmbeddedRegistry start(SchemaLog log, String host, int port, String userInfo) {
        int chosen = FreePorts.resolve(port, "Schema registry", host);
        try {
            return new EmbeddedRegistry(RegistryServer.start(log, host, chosen, userInfo), host);
        } catch (BindException e) {
            log.close();
            throw new PortInUseException("Schema registry", chosen, e);
        } catch (IOException e) {
            log.close();
            throw new UncheckedIOException("schema registry cannot start on " + host + ":" + chosen, e);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    /** The registry's base URL, e.g. {@code http://localhost:8081}. */
    public String url() {
        return "http://" + host + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
