package dev.dyadwatch.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster in this JVM: one KRaft server acting as broker and controller, for the
 * one-command demo, the {@code broker} command and integration tests.
 *
 * <p>Starts in a few seconds on a formatted log directory (formatted on first start, reused afterwards, so a
 * {@code --data-dir} keeps topics across restarts). Alone it is a cluster of one, its internal topics on one
 * replica; several processes given the same quorum voters and cluster id form one cluster. A fatal broker
 * fault, which would halt the JVM in a real broker, is reported loudly and kept ({@link #fault()}) instead of
 * killing the process silently.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String CONTROLLER = "CONTROLLER";
    private static final AtomicReference<String> FAULT = new AtomicReference<>();

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private boolean closed;

    /**
     * How to start the broker.
     *
     * @param port client port, 0 for a free one
     * @param controllerPort KRaft controller port, 0 for a free one
     * @param dataDir log directory, or null for a fresh temporary one deleted on close
     * @param host host name clients use
     * @param brokerProperties further broker properties, applied last
     * @param nodeId this node's id in its cluster
     * @param quorumVoters the cluster's controllers, {@code id@host:port,...}, or null for this node alone
     * @param clusterId the cluster's id (every node of a cluster formats with the same), or null for a new one
     */
    public record Options(int port, int controllerPort, Path dataDir, String host,
            Map<String, String> brokerProperties, int nodeId, String quorumVoters, String clusterId) {

        public Options {
            brokerProperties = Map.copyOf(brokerProperties);
            if (quorumVoters != null && controllerPort == 0) {
                throw new IllegalArgumentException("a node of a multi-node cluster needs its controller port, "
                        + "the one its entry in the quorum voters names");
            }
        }

        /** Free ports on localhost, a temporary directory, a cluster of one. */
        public static Options defaults() {
            return new Options(0, 0, null, "localhost", Map.of(), 1, null, null);
        }

        public Options withPort(int newPort) {
            return new Options(newPort, controllerPort, dataDir, host, brokerProperties, nodeId, quorumVoters,
                    clusterId);
        }

        public Options withDataDir(Path dir) {
            return new Options(port, controllerPort, dir, host, brokerProperties, nodeId, quorumVoters, clusterId);
        }

        public Options withBrokerProperties(Map<String, String> properties) {
            return new Options(port, controllerPort, dataDir, host, properties, nodeId, quorumVoters, clusterId);
        }

        /** Node {@code id} of a cluster whose controllers are {@code voters}, listening for controllers on a port. */
        public Options asClusterNode(int id, int ownControllerPort, String voters, String cluster) {
            return new Options(port, ownControllerPort, dataDir, host, brokerProperties, id, voters, cluster);
        }

        /** How many controllers the cluster has. */
        int clusterSize() {
            return quorumVoters == null ? 1 : quorumVoters.split(",").length;
        }
    }

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir, boolean deleteOnClose) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    /** Starts a broker on free ports in a temporary directory. */
    public static EmbeddedKafka start() {
        return start(Options.defaults());
    }

    /** Starts a broker as {@code options} say; returns once it accepts clients. */
    public static EmbeddedKafka start(Options options) {
        interceptFatalFaults();
        int port = FreePorts.resolve(options.port(), "Kafka broker", options.host());
        int controllerPort = FreePorts.resolve(options.controllerPort(), "Kafka controller", options.host());
        boolean temporary = options.dataDir() == null;
        Path dir;
        try {
            dir = temporary ? Files.createTempDirectory("dyadwatch-kafka-") : options.dataDir();
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's data directory " + options.dataDir(), e);
        }
        Properties props = brokerProperties(options, port, controllerPort, dir);
        KafkaConfig config = new KafkaConfig(props, false);
        formatIfNeeded(dir, config, options.clusterId());
        long started = System.nanoTime();
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            throw new IllegalStateException("embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
        String bootstrap = options.host() + ":" + port;
        LOG.info("Embedded Kafka broker listening on {} (data in {}) after {} ms", bootstrap, dir,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedKafka(server, bootstrap, dir, temporary);
    }

    /** Bootstrap servers for clients, {@code host:port}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker's log directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** The last fatal fault any embedded broker of this JVM reported, or null when none. */
    public static String fault() {
        return FAULT.get();
    }

    /** Blocks until the broker shuts down (after {@link #close()} from another thread, or a fatal fault). */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdownQuietly(server);
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private static Properties brokerProperties(Options options, int port, int controllerPort, Path dir) {
        String host = options.host();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(options.nodeId()));
        props.put("controller.quorum.voters", options.quorumVoters() != null ? options.quorumVoters()
                : options.nodeId() + "@" + host + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER + "://" + host + ":"
                + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        props.put("controller.listener.names", CONTROLLER);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.toAbsolutePath().toString());
        // Internal topics on up to three replicas, written to at least two when there are three.
        String replicas = String.valueOf(Math.min(3, options.clusterSize()));
        String minInsync = String.valueOf(Math.max(1, Math.min(2, options.clusterSize() - 1)));
        props.put("offsets.topic.replication.factor", replicas);
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", minInsync);
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", minInsync);
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", minInsync);
        props.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's 128 MiB dedupe buffer is allocated at start; compacted topics here are small.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("auto.create.topics.enable", "false");
        props.put("num.partitions", "1");
        props.putAll(options.brokerProperties());
        return props;
    }

    private static void formatIfNeeded(Path dir, KafkaConfig config, String clusterId) {
        if (Files.exists(dir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setNodeId(config.nodeId())
                    .setClusterId(clusterId != null ? clusterId : Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir.toAbsolutePath().toString()))
                    .setMetadataLogDirectory(dir.toAbsolutePath().toString())
                    .setControllerListenerName(CONTROLLER)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the broker's data directory " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A real broker halts the JVM on a fatal fault. Embedded in dyadwatch (the demo, tests) that would kill the
     * whole process without a word: keep the fault, say it loudly, and let the caller decide.
     */
    private static void interceptFatalFaults() {
        Exit.setHaltProcedure((code, message) -> {
            String fault = "embedded Kafka broker hit a fatal fault (exit code " + code + ")"
                    + (message == null ? "" : ": " + message);
            FAULT.set(fault);
            LOG.error("{}; the broker has stopped serving", fault);
            throw new IllegalStateException(fault);
        });
        Exit.setExitProcedure((code, message) -> {
            String fault = "embedded Kafka broker asked to exit (code " + code + ")"
                    + (message == null ? "" : ": " + message);
            FAULT.set(fault);
            LOG.error(fault);
            throw new IllegalStateException(fault);
        });
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka broker did not shut down cleanly: {}", e.toString());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.debug("Cannot delete {}: {}", path, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete the broker's temporary directory {}: {}", dir, e.toString());
        }
    }
}
