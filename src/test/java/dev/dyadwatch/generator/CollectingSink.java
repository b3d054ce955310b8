package dev.dyadwatch.generator;

import java.util.ArrayList;
import java.util.List;

/** Keeps a run in memory for tests. */
final class CollectingSink implements GenerationSink {

    ScenarioSettings settings;
    List<Rise> rises;
    final List<GeneratedArticle> articles = new ArrayList<>();
    GenerationSummary summary;

    @Override
    public void begin(ScenarioSettings runSettings, List<Rise> runRises) {
        this.settings = runSettings;
        this.rises = runRises;
    }

    @Override
    public void article(GeneratedArticle article) {
        articles.add(article);
    }

    @Override
    public void end(GenerationSummary runSummary) {
        this.summary = runSummary;
    }

    static CollectingSink run(ScenarioSettings settings) {
        CollectingSink sink = new CollectingSink();
        try {
            Generators.shared().generate(settings, sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink;
    }
}
