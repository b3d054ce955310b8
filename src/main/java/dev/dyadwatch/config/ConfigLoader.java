package dev.dyadwatch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a {@link DyadwatchConfig} from its layers: defaults in code &lt; properties file &lt; environment &lt;
 * command-line flags.
 *
 * <p>Properties file keys: the {@link Option} keys; {@code kafka.X} for a Kafka client property X;
 * {@code streams.X} for a Kafka Streams property; {@code schema.registry.X} and {@code basic.auth.X} for the
 * schema-registry client. An unknown key is an error, so a typo never goes unnoticed. Environment:
 * {@code DYADWATCH_TOPIC_PREFIX} sets {@code topic.prefix}, {@code KAFKA_SECURITY_PROTOCOL} sets the Kafka client
 * property {@code security.protocol} ({@code KAFKA_BOOTSTRAP_SERVERS} sets the bootstrap servers).
 */
public final class ConfigLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    /** Variables of Kafka's own shell scripts, which are not client properties. */
    private static final Set<String> KAFKA_SCRIPT_VARIABLES = Set.of("KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS",
            "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JMX_OPTS", "KAFKA_DEBUG", "KAFKA_GC_LOG_OPTS",
            "KAFKA_VERSION", "KAFKA_CLUSTER_ID");

    /** Variables the launcher itself reads. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("DYADWATCH_JAVA_OPTS", "DYADWATCH_HOME");

    private final Map<Option, String> options = new EnumMap<>(Option.class);
    private final Map<String, String> kafka = new HashMap<>();
    private final Map<String, String> streams = new HashMap<>();
    private final Map<String, String> registry = new HashMap<>();

    private ConfigLoader() {
    }

    /**
     * Resolves the configuration.
     *
     * @param file properties file, or null for none
     * @param environment the process environment (usually {@code System.getenv()})
     * @param flags options given on the command line
     */
    public static DyadwatchConfig load(Path file, Map<String, String> environment, Map<Option, String> flags) {
        ConfigLoader loader = new ConfigLoader();
        if (file != null) {
            loader.applyFile(file);
        }
        loader.applyEnvironment(environment);
        flags.forEach((option, value) -> {
            if (value != null) {
                loader.options.put(option, value);
            }
        });
        return new DyadwatchConfig(loader.options, loader.kafka, loader.streams, loader.registry);
    }

    private void applyFile(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file " + file + " does not exist", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (!applyKey(key, value)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in config file " + file
                        + " (dyadwatch options, kafka.*, streams.*, schema.registry.* or basic.auth.*)");
            }
        }
    }

    private boolean applyKey(String key, String value) {
        var option = Option.byKey(key);
        if (option.isPresent()) {
            options.put(option.get(), value);
        } else if (key.equals("kafka.bootstrap.servers")) {
            options.put(Option.BOOTSTRAP_SERVERS, value);
        } else if (key.startsWith("kafka.") && key.length() > "kafka.".length()) {
            kafka.put(key.substring("kafka.".length()), value);
        } else if (key.startsWith("streams.") && key.length() > "streams.".length()) {
            streams.put(key.substring("streams.".length()), value);
        } else if (key.startsWith("schema.registry.") || key.startsWith("basic.auth.")) {
            registry.put(key, value);
        } else {
            return false;
        }
        return true;
    }

    private void applyEnvironment(Map<String, String> environment) {
        new java.util.TreeMap<>(environment).forEach((name, value) -> {
            if (name.startsWith("DYADWATCH_") && !LAUNCHER_VARIABLES.contains(name)) {
                String key = name.substring("DYADWATCH_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                if (!applyKey(key, value)) {
                    LOG.warn("Ignoring environment variable {}: no dyadwatch option is called {}", name, key);
                }
            } else if (name.startsWith("KAFKA_") && !KAFKA_SCRIPT_VARIABLES.contains(name)) {
                String property = name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                if (property.equals("bootstrap.servers")) {
                    options.put(Option.BOOTSTRAP_SERVERS, value);
                } else if (!property.isEmpty()) {
                    kafka.put(property, value);
                }
            }
        });
    }
}
