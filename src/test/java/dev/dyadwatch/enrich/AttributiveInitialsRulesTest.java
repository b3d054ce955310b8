package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A country's initials before a noun of its politics, economy or territory ("the 2016 U.S. election", "the U.S.
 * sanctions", "on UK soil"), a lower-case title ("a sitting U.S. president") or an institution ("the US Treasury")
 * are an adjective, not the country, so they make no party to a contact. Sentences written
 * for this test, with controls where the initials act.
 */
class AttributiveInitialsRulesTest extends RuleSentences {

    @Test
    void shouldReadInitialsBeforeANounOfPoliticsOrEconomyAsAnAdjective() {
        assertThat(namedActors("The 2020 U.S. election came up only briefly.")).isEmpty();
        String text = "Foreign Minister Hakan Fidan discussed the U.S. sanctions with Sergey Lavrov on Tuesday.";
        assertThat(pairsAndTypes(text)).containsExactly("RUS-TUR CONSULT");
        // Control: the initials as a party to the same talks are the country.
        assertThat(pairsAndTypes("Foreign Minister Hakan Fidan discussed the sanctions with the U.S. on Tuesday."))
                .contains("TUR-USA CONSULT");
    }

    @Test
    void shouldReadInitialsBeforeALowerCaseTitleOrAnInstitutionAsAnAdjective() {
        assertThat(namedActors("Fidan was the first Turkish minister to meet a sitting U.S. president there."))
                .doesNotContain("United States USA");
        assertThat(namedActors("Warnings came from the US Treasury to Turkish banks.")).isEmpty();
        // Control: the initials as the subject are the country.
        assertThat(namedActors("The US warned Turkish banks.")).contains("United States USA");
    }

    @Test
    void shouldKeepInitialsBeforeAGroupAsThatCountrysGroup() {
        // Control: "U.S. officials" are a group of the United States.
        assertThat(namedActors("U.S. officials met Fidan in Ankara on Tuesday.")).contains("Hakan Fidan TUR");
        assertThat(pairsAndTypes("U.S. officials met Fidan in Ankara on Tuesday.")).isNotEmpty();
    }
}
