package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two ways a title and a nationality meet a name: a portfolio the title words do not list before a capitalised
 * "Minister" ("Kenya's Fisheries Minister X"), and a list of nationalities whose names the dictionary already
 * knows as office holders of their own countries ("his Argentine and Chilean counterparts, X and Y"). Sentences
 * written for this test, each with a control that must not change.
 */
class PortfolioAndListRulesTest extends RuleSentences {

    @Test
    void shouldIntroduceAMinisterWhosePortfolioTheTitleWordsLack() {
        assertThat(namedActors("Kenya's Fisheries Minister Wanjiru Otieno met port officials in Mombasa."))
                .contains("Wanjiru Otieno KEN");
        assertThat(namedActors("Peru's Mining Minister Rosa Quispe Huaman signed the lease on Monday."))
                .contains("Rosa Quispe Huaman PER");
        // Control: a ministry named the same way is a body, and introduces no one.
        assertThat(namedActors("Kenya's Fisheries Ministry said Wanjiru Otieno would attend."))
                .noneMatch(a -> a.startsWith("Wanjiru Otieno"));
    }

    @Test
    void shouldKeepAnOfficeHolderWithHisOwnCountryInAListOfCounterparts() {
        assertThat(namedActors("Lula greeted his Argentine and Chilean counterparts, Javier Milei and Gabriel "
                + "Boric, at the border."))
                .contains("Javier Milei ARG", "Gabriel Boric CHL").doesNotContain("Javier Milei CHL");
        // Control: a name the dictionary does not know takes the nationality before it.
        assertThat(namedActors("Lula greeted his Chilean counterpart, Tomas Irarrazabal, at the border."))
                .contains("Tomas Irarrazabal CHL");
    }
}
