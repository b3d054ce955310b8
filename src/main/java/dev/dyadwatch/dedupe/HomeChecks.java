package dev.dyadwatch.dedupe;

import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Arrival;
import dev.dyadwatch.dedupe.DedupeMessage.DeferralReply;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The steps of an article's check at its home, in one processor: its arrival ({@link ArticleIntake}), the band
 * partitions' answers ({@link AnswerGatherer}), the claimed candidates' replies ({@link ReplyGatherer}) and its
 * precedent's story ({@link DeferralGatherer}). Every step may decide an article and release the decided ones at
 * the head of the home's {@link ReleaseQueue}; one processor gives them one {@link HomeState}, so the queue is kept
 * in memory once per task, in order, instead of being read back from its store by every step (an iteration over an
 * in-memory store copies its keys, which made each release cost as much as the queue was long).
 */
final class HomeChecks implements Processor<Long, DedupeMessage, Long, DedupeMessage> {

    private final ArticleIntake intake;
    private final AnswerGatherer answers;
    private final ReplyGatherer replies;
    private final DeferralGatherer deferrals;

    HomeChecks(DedupeSettings settings, ArticleCodec codec) {
        this.intake = new ArticleIntake(settings, codec);
        this.answers = new AnswerGatherer(codec);
        this.replies = new ReplyGatherer(codec);
        this.deferrals = new DeferralGatherer(codec);
    }

    @Override
    public void init(ProcessorContext<Long, DedupeMessage> context) {
        HomeState home = new HomeState(context, true);
        intake.init(context, home);
        answers.init(context, home);
        replies.init(context, home);
        deferrals.init(context, home);
    }

    @Override
    public void process(Record<Long, DedupeMessage> record) {
        DedupeMessage message = record.value();
        if (message instanceof Arrival) {
            intake.process(record);
        } else if (message instanceof Answer) {
            answers.process(record);
        } else if (message instanceof Reply) {
            replies.process(record);
        } else if (message instanceof DeferralReply) {
            deferrals.process(record);
        } else {
            throw new IllegalArgumentException("the home checks received " + message);
        }
    }
}
