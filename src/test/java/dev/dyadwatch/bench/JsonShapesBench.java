package dev.dyadwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second read from a local file into cleaned {@code RawArticle}s (no broker), by the shape of the JSON:
 * JSON Lines ({@code lines}, parsed line by line on the workers) or the same articles as one pretty-printed array
 * ({@code array}, streamed on the reading thread and each element copied out before the workers parse it). 5,000
 * articles of about 4 KB of text each; the default parallelism. JMH reports microseconds per article; each iteration
 * also prints articles per second.
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="JsonShapes -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
public class JsonShapesBench {

    static final int ARTICLES = 5_000;

    @Param({"lines", "array"})
    private String shape;

    private Path folder;
    private Path file;
    private long startNanos;

    @Setup(Level.Trial)
    public void write() throws IOException {
        folder = Files.createTempDirectory("dyadwatch-json-bench");
        Path lines = folder.resolve("articles.jsonl");
        BenchJsonLines.writeJsonLines(lines, ARTICLES, 4_000, 42);
        if (shape.equals("lines")) {
            file = lines;
        } else {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (String line : Files.readAllLines(lines)) {
                array.add(mapper.readTree(line));
            }
            file = folder.resolve("articles.json");
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), (JsonNode) array);
            Files.delete(lines);
        }
        System.out.printf("%n%,d articles, %.1f MB (%s)%n", ARTICLES, Files.size(file) / 1e6, shape);
    }

    @Setup(Level.Iteration)
    public void startClock() {
        startNanos = System.nanoTime();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public int read() {
        int[] counts = new int[2];
        ArticleInputs.withDefaults().read(List.of(file.toString()), new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                counts[0]++;
            }

            @Override
            public void reject(InputFailure failure) {
                counts[1]++;
            }
        });
        if (counts[0] != ARTICLES || counts[1] != 0) {
            throw new IllegalStateException("read " + counts[0] + " articles and " + counts[1] + " failures, expected "
                    + ARTICLES + " articles");
        }
        return counts[0];
    }

    @TearDown(Level.Iteration)
    public void printRate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("  %,.0f articles/s (%s)%n", ARTICLES / seconds, shape);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }
}
