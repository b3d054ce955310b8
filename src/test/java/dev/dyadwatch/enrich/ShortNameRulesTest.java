package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short name that is also an English word: "To" opening a sentence is the word, not To Lam, Vietnam's president
 * on the day these sentences are dated (June 2024, within his term); a monarch's title ("Amir") is the office,
 * not a minister's given name.
 */
class ShortNameRulesTest {

    @Test
    void shouldReadAnOpeningToAsTheWordNotAsAVietnameseLeader() {
        assertThat(mentions("2024-06-20", "To avoid a clash at the border, Prime Minister Narendra Modi met "
                + "President Xi Jinping.")).noneMatch(m -> m.contains("VNM."));
        // Control: the name written in full is the president.
        assertThat(mentions("2024-06-20", "Vietnamese President To Lam met President Vladimir Putin in "
                + "Hanoi.")).contains("To Lam -> VNM.to-lam");
    }

    @Test
    void shouldReadAMonarchsTitleWithoutAnArticleAsTheOfficeNotAsAGivenName() {
        assertThat(mentions("2024-06-20", "Amir and Modi held talks in New Delhi on Tuesday."))
                .noneMatch(m -> m.contains("AFG.amir-khan-muttaqi"));
        // Control: the minister's surname still names him.
        assertThat(mentions("2024-06-20", "Muttaqi and Modi held talks in New Delhi on Tuesday."))
                .contains("Muttaqi -> AFG.amir-khan-muttaqi");
    }
}
