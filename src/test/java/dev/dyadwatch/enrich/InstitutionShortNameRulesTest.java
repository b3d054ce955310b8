package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In an article about the European Union, "the Commission" and "Commission President" name the European
 * Commission and "Council President" the European Council, so that a former national leader holding the office acts
 * for the institution, not for his country. Sentences written for this test, with controls outside that context.
 */
class InstitutionShortNameRulesTest extends RuleSentences {

    @Test
    void shouldReadACouncilPresidentInBrusselsAsTheEuropeanUnionsOfficial() {
        String text = "Council President António Costa met President Emmanuel Macron in Brussels on Tuesday.";
        assertThat(namedActors(text)).contains("European Union null").doesNotContain("António Costa PRT");
        assertThat(pairsAndTypes(text)).noneMatch(k -> k.startsWith("FRA-PRT"));
    }

    @Test
    void shouldReadTheCommissionAsTheEuropeanCommissionWhenTheArticleIsAboutTheUnion() {
        assertThat(namedActors("The Commission said on Tuesday that the EU would answer the new tariffs."))
                .contains("European Commission null");
        // Control: with no word of the Union, a commission is any commission.
        assertThat(namedActors("The Commission said on Tuesday that the vote count would take a week."))
                .doesNotContain("European Commission null");
        // Control: a commission with its own name is another body.
        assertThat(namedActors("The Election Commission said the EU observers could stay."))
                .doesNotContain("European Commission null");
    }
}
