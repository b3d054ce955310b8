package dev.dyadwatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the dyadwatch command line in-process for a test, keeping what it printed on stdout and stderr. */
final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command; returns its exit code. */
    int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    /** Everything printed on stdout so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed on stderr so far. */
    String err() {
        return err.toString();
    }
}
