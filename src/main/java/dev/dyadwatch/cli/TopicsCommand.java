package dev.dyadwatch.cli;

import dev.dyadwatch.config.DyadwatchConfig;
import dev.dyadwatch.config.Option;
import dev.dyadwatch.topics.TopicAdmin;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyadwatch topics create}: creates every topic idempotently. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create dyadwatch's topics (idempotent) and report their settings.",
        subcommands = {TopicsCommand.Create.class})
final class TopicsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create every topic that is missing; report existing ones that differ from the spec.")
    static final class Create implements Callable<Integer> {

        @CommandLine.Mixin
        ClusterOptions cluster;

        @CommandLine.Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of topic names.")
        String prefix;

        @CommandLine.Option(names = "--partitions", paramLabel = "N", description = "Partitions per topic.")
        Integer partitions;

        @CommandLine.Option(names = "--replication-factor", paramLabel = "N", description = "Replication factor.")
        Integer replicationFactor;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Map<Option, String> flags = new EnumMap<>(Option.class);
            flags.put(Option.TOPIC_PREFIX, prefix);
            flags.put(Option.TOPIC_PARTITIONS, partitions == null ? null : partitions.toString());
            flags.put(Option.TOPIC_REPLICATION_FACTOR, replicationFactor == null ? null : replicationFactor.toString());
            DyadwatchConfig config = cluster.toConfig(flags);
            List<TopicAdmin.Result> results = TopicAdmin.createAll(config);
            PrintWriter out = spec.commandLine().getOut();
            boolean different = false;
            for (TopicAdmin.Result result : results) {
                out.printf("%-28s %3d partitions  rf %d  %-8s %s%n", result.spec().name(), result.spec().partitions(),
                        result.spec().replicationFactor(), result.spec().compacted() ? "compact" : "delete",
                        describe(result));
                different |= result.outcome() == TopicAdmin.Outcome.EXISTS_DIFFERENT;
            }
            out.flush();
            return different ? 1 : 0;
        }

        private static String describe(TopicAdmin.Result result) {
            return switch (result.outcome()) {
                case CREATED -> "created";
                case EXISTS -> "exists";
                case EXISTS_DIFFERENT -> "exists, differs: " + String.join("; ", result.differences());
            };
        }
    }
}
