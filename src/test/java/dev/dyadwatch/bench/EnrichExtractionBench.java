package dev.dyadwatch.bench;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.EnrichResources;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Articles coded per second on one core (one thread): language check, sentences, tokens, actors by date,
 * contacts and their merging, on ~4 KB news articles, for each tokenizer enrich can run. Target: 1,500/s.
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="EnrichExtraction -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EnrichExtractionBench {

    @Param({"NEWS", "SIMPLE", "WHITESPACE", "MAXENT"})
    private TokenizerKind tokenizer;

    private ArticleCoder coder;
    private List<RawArticle> articles;
    private int next;

    @Setup
    public void setUp() {
        coder = EnrichResources.of(ActorDictionary.loadDefault(), tokenizer).newCoder(CodingLimits.DEFAULT);
        articles = BenchArticles.fourKilobyte(64);
    }

    /** One ~4 KB article coded; the score is articles per second. */
    @Benchmark
    public ArticleCoding codeArticle() {
        RawArticle article = articles.get(next);
        next = (next + 1) % articles.size();
        return coder.code(article);
    }
}
