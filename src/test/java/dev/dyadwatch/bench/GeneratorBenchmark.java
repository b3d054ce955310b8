package dev.dyadwatch.bench;

import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.GeneratedArticle;
import dev.dyadwatch.generator.GenerationSink;
import dev.dyadwatch.generator.GenerationSummary;
import dev.dyadwatch.generator.GeneratorFiles;
import dev.dyadwatch.generator.Rise;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the scenario generator, in articles per second on one thread (target: at least 20,000, so that
 * benchmarks of the pipeline are never limited by their input). {@code generate} writes nothing;
 * {@code generateJsonLines} also serialises the JSON Lines and the ground truth (to a writer that only counts,
 * so the figure does not depend on the disk).
 *
 * <pre>mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="GeneratorBenchmark -f 1 -wi 5 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class GeneratorBenchmark {

    private static final int ARTICLES = 20_000;

    private ArticleGenerator generator;
    private long seed;

    @Setup
    public void load() {
        generator = ArticleGenerator.withDefaultDictionary();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public GenerationSummary generate(Blackhole blackhole) throws IOException {
        return generator.generate(next(), new GenerationSink() {
            @Override
            public void begin(ScenarioSettings runSettings, List<Rise> rises) {
            }

            @Override
            public void article(GeneratedArticle article) {
                blackhole.consume(article);
            }

            @Override
            public void end(GenerationSummary summary) {
            }
        });
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public long generateJsonLines() throws IOException {
        CountingWriter articles = new CountingWriter();
        CountingWriter truth = new CountingWriter();
        try (GeneratorFiles files = new GeneratorFiles(articles, truth)) {
            generator.generate(next(), files);
        }
        return articles.chars + truth.chars;
    }

    /** A new seed each time, so the JIT cannot learn one run by heart. */
    private ScenarioSettings next() {
        return ScenarioSettings.builder(Scenario.BENCH).seed(++seed).articles(ARTICLES).build();
    }

    /** Counts what is written and drops it. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(int c) {
            chars++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
