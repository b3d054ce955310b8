package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short name that is also an English word: "To" opening a sentence is the word, not To Lam, Vietnam's president
 * on the day these sentences are dated (June 2024, within his term).
 */
class ShortNameRulesTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    private java.util.List<String> countries(String text) {
        return coder.code(Articles.article("2024-06-20T10:00:00Z", "Report", text)).resolution().allMentions()
                .stream().filter(m -> m.actor() != null).map(m -> m.actor().name() + " " + m.actor().country())
                .toList();
    }

    @Test
    void shouldReadAnOpeningToAsTheWordNotAsAVietnameseLeader() {
        assertThat(countries("To avoid a clash at the border, Prime Minister Narendra Modi met President Xi Jinping."))
                .noneMatch(a -> a.endsWith("VNM"));
        // Control: the name written in full is the president.
        assertThat(countries("Vietnamese President To Lam met President Vladimir Putin in Hanoi."))
                .anyMatch(a -> a.endsWith("VNM"));
    }
}
