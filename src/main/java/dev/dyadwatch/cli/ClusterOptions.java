package dev.dyadwatch.cli;

import dev.dyadwatch.config.ConfigLoader;
import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine;

/** The options every command that talks to a cluster accepts, spelled the same everywhere. */
final class ClusterOptions {

    @CommandLine.Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT]",
            description = "Kafka bootstrap servers (default: localhost:9092, or bootstrap.servers in --config, "
                    + "or DYADWATCH_BOOTSTRAP_SERVERS / KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @CommandLine.Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Schema registry URL (default: http://localhost:8081, or schema.registry.url in --config, "
                    + "or DYADWATCH_SCHEMA_REGISTRY_URL).")
    String schemaRegistryUrl;

    @CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: dyadwatch options, kafka.* client properties, streams.* Kafka Streams "
                    + "properties, schema.registry.* and basic.auth.* registry client properties.")
    Path configFile;

    /** The configuration: defaults &lt; file &lt; environment &lt; these flags &lt; {@code more} flags. */
    DyadwatchConfig toConfig(Map<Option, String> more) {
        Map<Option, String> flags = new EnumMap<>(Option.class);
        if (bootstrapServers != null) {
            flags.put(Option.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put(Option.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        }
        more.forEach((option, value) -> {
            if (value != null) {
                flags.put(option, value);
            }
        });
        return ConfigLoader.load(configFile, System.getenv(), flags);
    }

    DyadwatchConfig toConfig() {
        return toConfig(Map.of());
    }
}
