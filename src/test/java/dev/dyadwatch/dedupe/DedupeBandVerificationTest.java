package dev.dyadwatch.dedupe;

import static dev.dyadwatch.dedupe.TestArticles.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.DedupeMessage.Answer;
import dev.dyadwatch.dedupe.DedupeMessage.Claim;
import dev.dyadwatch.dedupe.quality.LabelledPairs;
import dev.dyadwatch.dedupe.similarity.ArticleSigner;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The band partitions verify their candidates before answering: an article that shares a band with another by
 * chance is not claimed (no claim and reply through {@code dedupe-home}), while a copy still is, and is found.
 */
class DedupeBandVerificationTest {

    private static final Instant FIRST = Instant.parse("2024-07-05T05:40:00Z");
    private static final ArticleSigner SIGNER = new ArticleSigner(SignatureScheme.DEFAULT);

    private static boolean shareABand(RawArticle one, RawArticle other) {
        return CopyVerifier.shareBand(SIGNER.sign(one.getText(), one.getContentHash()).bandKeys(),
                SIGNER.sign(other.getText(), other.getContentHash()).bandKeys());
    }

    private static List<DedupeMessage> claimsAndAnswers(LabelledPairs.Pair pair) {
        try (DedupeDriver dedupe = new DedupeDriver(Duration.ofDays(7))) {
            dedupe.send(labelled(pair.left().name(), "left", FIRST));
            dedupe.homeMessages();
            dedupe.send(labelled(pair.right().name(), "right", FIRST.plus(Duration.ofMinutes(30))));
            return dedupe.homeMessages();
        }
    }

    @Test
    void shouldNotClaimArticlesThatShareABandButAreNoCopies() {
        List<LabelledPairs.Pair> chance = TestArticles.PAIRS.pairs().stream()
                .filter(pair -> !pair.copy())
                .filter(pair -> shareABand(labelled(pair.left().name(), "l", FIRST),
                        labelled(pair.right().name(), "r", FIRST)))
                .toList();
        assertThat(chance).as("labelled non-copies that share a band").hasSizeGreaterThanOrEqualTo(3);
        for (LabelledPairs.Pair pair : chance) {
            List<DedupeMessage> messages = claimsAndAnswers(pair);
            assertThat(messages).as(pair.note()).noneMatch(Claim.class::isInstance);
            assertThat(messages).as(pair.note()).filteredOn(Answer.class::isInstance)
                    .allMatch(answer -> ((Answer) answer).candidates().isEmpty());
        }
    }

    @Test
    void shouldStillClaimACopyFoundInABand() {
        LabelledPairs.Pair copy = TestArticles.PAIRS.pairs().stream()
                .filter(pair -> pair.copy() && pair.category().equals("trimmed"))
                .findFirst().orElseThrow();
        List<DedupeMessage> messages = claimsAndAnswers(copy);
        assertThat(messages).filteredOn(Claim.class::isInstance).hasSize(1);
    }
}
