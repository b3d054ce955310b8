package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.DedupeMessage.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryDecisionTest {

    private static final ArticleRef SELF = new ArticleRef(1, 0, 100);
    private static final Precedent PRECEDENT = new Precedent(new ArticleRef(9, 1, 90), 5, 0.8, 0.9, false);

    private static Reply reply(long target, Outcome outcome, double containment, boolean sameText) {
        return new Reply(SELF, new ArticleRef(target, 0, 50), outcome, containment - 0.1, containment, sameText,
                "t" + target, outcome == Outcome.ACCEPTED ? new StoryRef(new ArticleRef(target, 0, 50), "t" + target)
                        : null);
    }

    @Test
    void shouldCopyTheBestAcceptingStoryIdenticalTextFirst() {
        StoryDecision decision = StoryDecision.decide(List.of(reply(2, Outcome.ACCEPTED, 0.95, false),
                reply(3, Outcome.ACCEPTED, 0.8, true), reply(4, Outcome.DISSIMILAR, 0.99, false)), PRECEDENT);
        assertThat(decision.kind()).isEqualTo(StoryDecision.Kind.COPY);
        assertThat(decision.accepted().targetId()).isEqualTo("t3");
    }

    @Test
    void shouldPreferTheHigherContainmentThenTheSmallerHandle() {
        assertThat(StoryDecision.decide(List.of(reply(2, Outcome.ACCEPTED, 0.8, false),
                reply(3, Outcome.ACCEPTED, 0.9, false)), null).accepted().targetId()).isEqualTo("t3");
        assertThat(StoryDecision.decide(List.of(reply(7, Outcome.ACCEPTED, 0.8, false),
                reply(3, Outcome.ACCEPTED, 0.8, false)), null).accepted().targetId()).isEqualTo("t3");
    }

    @Test
    void shouldDeferToAPrecedentWhenNoDecidedStoryAccepted() {
        StoryDecision decision = StoryDecision.decide(List.of(reply(2, Outcome.YIELDED, 0.9, false),
                reply(3, Outcome.UNKNOWN, 0, false)), PRECEDENT);
        assertThat(decision.kind()).isEqualTo(StoryDecision.Kind.DEFER);
        assertThat(decision.precedent()).isEqualTo(PRECEDENT);
    }

    @Test
    void shouldStartAStoryWithNeitherAnAcceptingStoryNorAPrecedent() {
        assertThat(StoryDecision.decide(List.of(reply(2, Outcome.YIELDED, 0.9, false)), null).kind())
                .isEqualTo(StoryDecision.Kind.ROOT);
        assertThat(StoryDecision.decide(List.of(), null).kind()).isEqualTo(StoryDecision.Kind.ROOT);
    }
}
