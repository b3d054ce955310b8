package dev.dyadwatch.bench;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tokenizing alone, for the choice of tokenizer: ~4 KB articles per second on one core (multiply by the tokens
 * per article the setup prints for tokens per second).
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="TokenizerBench -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizerBench {

    @Param({"NEWS", "SIMPLE", "WHITESPACE", "MAXENT"})
    private TokenizerKind tokenizer;

    private Tokenizer instance;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() {
        instance = tokenizer.newTokenizer();
        texts = BenchArticles.fourKilobyte(64).stream().map(RawArticle::getText).toList();
        long tokens = texts.stream().mapToLong(t -> instance.tokenizePos(t).length).sum();
        System.out.printf("%n%s: %d tokens per article on average%n", tokenizer, tokens / texts.size());
    }

    /** One article tokenized. */
    @Benchmark
    public Span[] tokenize() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return instance.tokenizePos(text);
    }
}
