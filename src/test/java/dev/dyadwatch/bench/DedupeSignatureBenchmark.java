package dev.dyadwatch.bench;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.SyndicatedArticles;
import dev.dyadwatch.dedupe.similarity.ArticleSignature;
import dev.dyadwatch.dedupe.similarity.ArticleSigner;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signature computation per core: shingling, one-permutation MinHash over 256 bins, 16 LSH band keys and the
 * sketch, for articles of about 500 words (3 KB of text). Target: at least 5,000 articles a second on one core.
 *
 * <p>{@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="DedupeSignature -f 1 -wi 2 -i 3"}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DedupeSignatureBenchmark {

    private final ArticleSigner signer = new ArticleSigner(SignatureScheme.DEFAULT);
    private List<RawArticle> articles;
    private int next;

    @Setup
    public void generate() {
        articles = new SyndicatedArticles(42).generate(2_000, 0.3, Instant.parse("2024-03-01T00:00:00Z"),
                Duration.ofDays(1)).articles();
        long chars = articles.stream().mapToLong(a -> a.getText().length()).sum();
        System.out.printf("%n%d articles of %d characters on average%n", articles.size(), chars / articles.size());
    }

    /** One article signed per operation: operations per second are articles per second per core. */
    @Benchmark
    public ArticleSignature signArticle() {
        RawArticle article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return signer.sign(article.getText(), article.getContentHash());
    }
}
