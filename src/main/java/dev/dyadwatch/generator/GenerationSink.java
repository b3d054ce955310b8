package dev.dyadwatch.generator;

import java.io.IOException;
import java.util.List;

/** Where a run's articles go, in publication order, with the run's settings first and its totals last. */
public interface GenerationSink {

    void begin(ScenarioSettings settings, List<Rise> rises) throws IOException;

    void article(GeneratedArticle article) throws IOException;

    void end(GenerationSummary summary) throws IOException;
}
