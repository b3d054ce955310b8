package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The crown prince" is the heir, not a prince the article named with the bare title. */
class CrownPrinceRulesTest {

    @Test
    void shouldReadTheCrownPrinceAsTheHeirThoughAnotherPrinceWasNamed() {
        assertThat(ArticleMentions.mentions("2024-02-07", "Egypt's foreign minister met the Saudi crown prince on "
                + "Wednesday. He also held talks with his Saudi counterpart, Prince Faisal bin Farhan."))
                .contains("Saudi crown prince -> SAU.mohammed-bin-salman")
                .contains("Prince Faisal bin Farhan -> SAU.faisal-bin-farhan");
    }

    @Test
    void shouldReadTheCrownPrinceByTheDayOfTheArticle() {
        assertThat(ArticleMentions.mentions("2016-02-07",
                "The Saudi crown prince received Egypt's foreign minister on Wednesday."))
                .contains("Saudi crown prince -> SAU.muhammad-bin-nayef");
    }
}
