package dev.dyadwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shaded jar run the way a user runs it: separate processes for the broker, the registry and the tools. */
@Tag("integration")
class LauncherIT {

    static final Path JAR = Path.of(System.getProperty("dyadwatch.jar", "target/dyadwatch.jar"));
    final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void shouldRunBrokerRegistryAndTopicsCreateAsSeparateProcesses() throws Exception {
        assertThat(JAR).exists();
        String bootstrap = startServer(Pattern.compile("listening on (\\S+) "), "broker", "--port", "0");
        String registry = startServer(Pattern.compile("listening on (http://\\S+) "), "registry",
                "--bootstrap-servers", bootstrap, "--port", "0");
        Result created = run("topics", "create", "--bootstrap-servers", bootstrap, "--schema-registry-url", registry);
        assertThat(created.exit).as(created.output).isZero();
        assertThat(created.output).contains("articles-raw").contains("created").contains("alerts")
                .containsPattern("alerts\\s+3 partitions\\s+rf 1\\s+compact");
        Result again = run("topics", "create", "--bootstrap-servers", bootstrap);
        assertThat(again.exit).isZero();
        assertThat(again.output).contains("exists").doesNotContain("created");
    }

    @Test
    void shouldListTheCommandsWithOneLineEach() throws Exception {
        Result help = run("--help");
        assertThat(help.exit).isZero();
        assertThat(help.output).contains("demo").contains("run").contains("topics").contains("broker")
                .contains("registry");
    }

    @Test
    void shouldExitNonZeroNamingAnUnreachableRegistry() throws Exception {
        Result result = run("run", "--bootstrap-servers", "localhost:1", "--schema-registry-url", "http://localhost:1",
                "--config", writeConfig("schema.registry.max.retries=1\n").toString());
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("schema registry at http://localhost:1 is unreachable")
                .contains("gave up after 2 attempts");
    }

    @Test
    void shouldRefuseABadOptionNamingIt() throws Exception {
        Result result = run("topics", "create", "--partitions", "zero");
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.output).contains("--partitions").contains("zero");
    }

    private Path writeConfig(String text) throws IOException {
        Path file = Files.createTempFile("dyadwatch", ".properties");
        Files.writeString(file, text);
        file.toFile().deleteOnExit();
        return file;
    }

    /** Starts a long-running command and returns the address it prints once it is ready. */
    private String startServer(Pattern ready, String... args) throws IOException {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        servers.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 60_000;
        for (String line = out.readLine(); line != null && System.currentTimeMillis() < deadline;
                line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher matcher = ready.matcher(line);
            if (matcher.find() && !line.contains("[INFO]")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new AssertionError(String.join(" ", args) + " did not become ready:\n" + seen);
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
