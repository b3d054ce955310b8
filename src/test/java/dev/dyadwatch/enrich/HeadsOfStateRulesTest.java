package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The heads of state" after a sentence that names the pair refers back to the two leaders, as "the two leaders"
 * does. Sentences written for this test, with a control where the phrase names a wider group.
 */
class HeadsOfStateRulesTest extends RuleSentences {

    private static final String TALKS = "President Kassym-Jomart Tokayev held talks with President Sadyr Japarov "
            + "in Astana on Monday. ";

    @Test
    void shouldReadTheHeadsOfStateAfterThePairAsThePair() {
        assertThat(pairsAndTypes(TALKS + "After the talks, the heads of state signed a treaty on the border."))
                .contains("KAZ-KGZ SIGN_AGREEMENT");
        // Control: heads of state from a wider group are not the pair.
        assertThat(pairsAndTypes(TALKS + "Heads of state from thirty countries signed a treaty on the border."))
                .doesNotContain("KAZ-KGZ SIGN_AGREEMENT");
    }
}
