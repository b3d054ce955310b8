package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Count;
import dev.dyadwatch.dedupe.DedupeMessage.Duplicate;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each copy against its story, at the home of the story's first article, and publishes the verdict with the
 * copy's number in the story: downstream stages read how many outlets carried a story from it.
 */
final class StoryCounter implements Processor<Long, DedupeMessage, Long, DedupeMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(StoryCounter.class);

    private ProcessorContext<Long, DedupeMessage> context;
    private HomeState home;

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        this.context = context;
        this.home = new HomeState(context, false);
    }

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        if (!(record.value() instanceof Count count)) {
            throw new IllegalArgumentException("story counter received " + record.value());
        }
        ArticleRef root = count.story().root();
        ArticleState story = home.state(root);
        int number = 1;
        if (story != null && story.phase() == ArticleState.Phase.ROOT) {
            ArticleState counted = story.withCopy();
            home.put(root, counted);
            number = counted.copies();
        } else {
            LOG.debug("Story {} is no longer in state; its copy {} is numbered 1", count.story().storyId(),
                    count.draft().articleId());
        }
        context.forward(record.withValue(new Duplicate(count.draft().complete(count.story().storyId(), number))));
    }
}
