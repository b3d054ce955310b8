package dev.dyadwatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.DedupeMessage.Outcome;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import dev.dyadwatch.dedupe.similarity.DuplicateRule;
import dev.dyadwatch.dedupe.similarity.Sketch;
import org.junit.jupiter.api.Test;

class ClaimJudgeTest {

    private static final CopyVerifier VERIFIER = new CopyVerifier(new DuplicateRule(0.7));
    private static final Sketch SKETCH = sketch(0x11);
    private static final ArticleRef CLAIMANT = new ArticleRef(100, 0, 5_000);
    private static final ArticleRef TARGET = new ArticleRef(200, 1, 4_000);

    private static Sketch sketch(int fill) {
        byte[] bins = new byte[128];
        java.util.Arrays.fill(bins, (byte) fill);
        return new Sketch(bins, 300);
    }

    private static Claim claim(long claimantStamp, Sketch sketch) {
        return new Claim(CLAIMANT, claimantStamp, TARGET, 7L, sketch);
    }

    private static ArticleState target(ArticleState.Phase phase, long stamp) {
        return ArticleState.probing("target-id", stamp, 8L, SKETCH).inPhase(phase);
    }

    @Test
    void shouldAnswerUnknownForAnArticleNoLongerInState() {
        ClaimJudge.Judgement judgement = ClaimJudge.judge(claim(10, SKETCH), null, VERIFIER);
        assertThat(judgement.reply().outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void shouldAnswerDissimilarWhateverThePhase() {
        ClaimJudge.Judgement judgement = ClaimJudge.judge(claim(10, sketch(0x22)),
                target(ArticleState.Phase.PROBING, 5), VERIFIER);
        assertThat(judgement.reply().outcome()).isEqualTo(Outcome.DISSIMILAR);
        assertThat(judgement.yieldedState()).isNull();
    }

    @Test
    void shouldAcceptWithTheStoryOfADecidedArticle() {
        ClaimJudge.Judgement asRoot = ClaimJudge.judge(claim(10, SKETCH), target(ArticleState.Phase.PROBING, 50)
                .asRoot(0), VERIFIER);
        assertThat(asRoot.reply().outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(asRoot.reply().story()).isEqualTo(new StoryRef(TARGET, "target-id"));
        StoryRef story = new StoryRef(new ArticleRef(300, 2, 1_000), "story-id");
        ClaimJudge.Judgement asCopy = ClaimJudge.judge(claim(10, SKETCH), target(ArticleState.Phase.PROBING, 50)
                .asCopy(story), VERIFIER);
        assertThat(asCopy.reply().story()).isEqualTo(story);
        assertThat(asCopy.reply().targetId()).isEqualTo("target-id");
    }

    @Test
    void shouldParkAClaimOnAnUndecidedArticleThatTakesPrecedence() {
        for (ArticleState.Phase phase : new ArticleState.Phase[] {ArticleState.Phase.PROBING,
                ArticleState.Phase.CLAIMING, ArticleState.Phase.DEFERRING}) {
            ClaimJudge.Judgement judgement = ClaimJudge.judge(claim(10, SKETCH), target(phase, 9), VERIFIER);
            assertThat(judgement.parked()).as(phase.name()).isTrue();
            assertThat(judgement.yieldedState()).isNull();
        }
    }

    @Test
    void shouldYieldToAClaimantThatTakesPrecedenceAndRememberTheFirst() {
        ClaimJudge.Judgement first = ClaimJudge.judge(claim(10, SKETCH), target(ArticleState.Phase.CLAIMING, 11),
                VERIFIER);
        assertThat(first.reply().outcome()).isEqualTo(Outcome.YIELDED);
        assertThat(first.yieldedState().precedent().ref()).isEqualTo(CLAIMANT);
        assertThat(first.yieldedState().precedent().containment()).isEqualTo(1.0);

        Claim later = new Claim(new ArticleRef(150, 0, 5_000), 10, TARGET, 7L, SKETCH);
        ClaimJudge.Judgement second = ClaimJudge.judge(later, first.yieldedState(), VERIFIER);
        assertThat(second.yieldedState().precedent().ref()).as("same stamp, smaller handle first")
                .isEqualTo(CLAIMANT);
    }

    @Test
    void shouldOrderByStampThenHandle() {
        assertThat(ArticleRef.precedes(1, 9, 2, 1)).isTrue();
        assertThat(ArticleRef.precedes(2, 1, 1, 9)).isFalse();
        assertThat(ArticleRef.precedes(5, 1, 5, 2)).isTrue();
        assertThat(ArticleRef.precedes(5, 2, 5, 1)).isFalse();
    }
}
