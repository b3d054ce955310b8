package dev.dyadwatch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyadwatch} command line: one subcommand per way of running the pipeline or its parts. */
@Command(name = "dyadwatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Streams news articles into alerts when contact between two countries rises.",
        subcommands = {DemoCommand.class, IngestCommand.class, RunCommand.class, AlertsCommand.class,
            TopicsCommand.class,
            BrokerCommand.class, RegistryCommand.class, GenerateCommand.class, ExtractCommand.class,
            EvaluateCodingCommand.class, EvaluateAgreementCommand.class, EvaluateAlertsCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("dyadwatch " + cmd.getCommandName() + ": " + message(error));
            if (System.getenv("DYADWATCH_DEBUG") != null) {
                error.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return line;
    }

    private static String message(Throwable error) {
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text += " (" + cause.getMessage() + ")";
        }
        return text;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version from the jar manifest, or the development version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dyadwatch " + (version == null ? "development build" : version)};
        }
    }
}
