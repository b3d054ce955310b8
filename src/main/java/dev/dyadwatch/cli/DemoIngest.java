package dev.dyadwatch.cli;

import dev.dyadwatch.embedded.EmbeddedStack;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.InputFailure;
import dev.dyadwatch.ingest.TimeOrderedSink;
import dev.dyadwatch.ingest.publish.ArticlePublisher;
import dev.dyadwatch.ingest.publish.PublishSummary;
import java.io.PrintWriter;
import java.util.List;

/** The demo's ingest: every input read as {@code dyadwatch ingest} reads it and published to the embedded stack. */
final class DemoIngest {

    private DemoIngest() {
    }

    /** Publishes {@code inputs}, lists failed inputs on {@code err}, and returns the summary once acknowledged. */
    static PublishSummary ingest(EmbeddedStack stack, List<String> inputs, PrintWriter err) {
        try (ArticlePublisher publisher = ArticlePublisher.create(stack.config().kafkaClientProperties(),
                stack.topics())) {
            // A replay in the order the news happened, whatever order the files are in (see TimeOrderedSink).
            TimeOrderedSink inTimeOrder = new TimeOrderedSink(publisher);
            ArticleInputs.withDefaults().read(inputs, inTimeOrder);
            inTimeOrder.release();
            PublishSummary summary = publisher.finish();
            for (InputFailure failure : summary.failures()) {
                err.println("dyadwatch demo: FAILED " + failure);
            }
            return summary;
        }
    }
}
