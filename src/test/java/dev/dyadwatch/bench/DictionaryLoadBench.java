package dev.dyadwatch.bench;

import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * How long reading and validating the bundled actor dictionary takes (once per JVM, at start-up).
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="DictionaryLoad -f 1 -wi 2 -i 3 -prof gc"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DictionaryLoadBench {

    @Benchmark
    public ActorDictionary loadBundledDictionary() {
        return ActorDictionary.loadDefault();
    }
}
