package dev.dyadwatch.bench;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.dyads.DyadEngine;
import dev.dyadwatch.dyads.DyadOutput;
import dev.dyadwatch.dyads.DyadSettings;
import dev.dyadwatch.dyads.GeneratedInputs;
import dev.dyadwatch.dyads.InMemoryDyadStore;
import dev.dyadwatch.dyads.SyntheticNews;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the dyad stage's logic on one thread, state in memory (the Kafka stores and serdes add their own
 * cost; the pipeline's bench measures that end to end), in articles per second:
 *
 * <ul>
 *   <li>{@code background}: 60 days of the generator's background mix, 60,000 articles generated (27 dyads,
 *       about one article in seven with a contact report; the few syndicated copies are left out, as dedupe
 *       would), every article counted as volume and co-mentions, every report merged, re-evaluated and
 *       counted;</li>
 *   <li>{@code hotDyad}: one dyad with 500 reports a day (different outlets, people and types) for six days: the
 *       replay from the checkpoint that every report of a dyad costs grows with its unsettled reports.</li>
 * </ul>
 *
 * <pre>mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="DyadEngineBenchmark -f 1 -wi 2 -i 3"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class DyadEngineBenchmark {

    private static final int BACKGROUND_DAYS = 60;
    private static final int BACKGROUND_PER_DAY = 1_000;
    private static final int HOT_DAYS = 6;
    private static final int HOT_PER_DAY = 500;

    private List<GeneratedInputs.Article> background;
    private List<SyntheticNews.Input> hot;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        ScenarioSettings settings = ScenarioSettings.builder(Scenario.BACKGROUND).days(BACKGROUND_DAYS)
                .articles(BACKGROUND_DAYS * BACKGROUND_PER_DAY).seed(7).build();
        background = GeneratedInputs.generate(ArticleGenerator.withDefaultDictionary(), settings).articles();
        SyntheticNews news = new SyntheticNews(7).volume(0, HOT_DAYS, 1_000);
        news.background("CHN-USA", HOT_PER_DAY, 0, HOT_DAYS);
        hot = news.inOrder();
    }

    /** Articles in the background run. */
    public int backgroundArticles() {
        return background.size();
    }

    @Benchmark
    @OperationsPerInvocation(BACKGROUND_DAYS * BACKGROUND_PER_DAY)
    public int background() {
        DyadEngine engine = new DyadEngine(DyadSettings.defaults(), AlertSettings.defaults(), new InMemoryDyadStore(),
                1);
        List<DyadOutput> out = GeneratedInputs.feed(engine, background);
        return out.size();
    }

    @Benchmark
    @OperationsPerInvocation(HOT_DAYS * 1_000)
    public int hotDyad() {
        DyadEngine engine = SyntheticNews.engine(new InMemoryDyadStore(), AlertSettings.defaults());
        return SyntheticNews.run(engine, hot).counts().size();
    }

    /** For a quick look without JMH: one pass of each, timed. */
    public static void main(String[] args) throws IOException {
        DyadEngineBenchmark bench = new DyadEngineBenchmark();
        bench.prepare();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            bench.background();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("background: %d articles in %d ms%n", bench.backgroundArticles(), took.toMillis());
        }
    }
}
