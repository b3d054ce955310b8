package dev.dyadwatch.generator;

/** One generator per test JVM: loading the dictionary and grammar once keeps the suite fast. */
final class Generators {

    private static ArticleGenerator shared;

    private Generators() {
    }

    static synchronized ArticleGenerator shared() {
        if (shared == null) {
            shared = ArticleGenerator.withDefaultDictionary();
        }
        return shared;
    }
}
