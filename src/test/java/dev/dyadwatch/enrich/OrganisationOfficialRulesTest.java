package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A former national leader named with an international organisation's title acts for the organisation, not for
 * the country once led; a leader in office keeps the country. Sentences written for this test (published
 * 23 October 2024), each with a control that must not change.
 */
class OrganisationOfficialRulesTest extends RuleSentences {

    @Test
    void shouldReadAFormerLeaderWithAnOrganisationsTitleBeforeTheNameAsTheOrganisation() {
        assertThat(pairsAndTypes("NATO Secretary General Mark Rutte met President Volodymyr Zelensky in Kyiv on "
                + "Monday.")).isEmpty();
        assertThat(namedActors("NATO Secretary General Mark Rutte met President Volodymyr Zelensky in Kyiv on "
                + "Monday. Rutte promised more air defence.")).noneMatch(a -> a.endsWith(" NLD"));
        // Control: named without the title, the former prime minister still names his country.
        assertThat(namedActors("Mark Rutte, who led four Dutch governments, met President Volodymyr Zelensky."))
                .contains("Mark Rutte NLD");
    }

    @Test
    void shouldReadAFormerLeaderWithAnOrganisationsTitleAfterTheNameAsTheOrganisation() {
        assertThat(namedActors("Kaja Kallas, the EU's incoming foreign policy chief, spoke to Foreign Minister "
                + "Wang Yi on Tuesday.")).noneMatch(a -> a.endsWith(" EST"));
        assertThat(namedActors("Lula attended the swearing-in of Dilma Rousseff as head of the New Development "
                + "Bank.")).noneMatch(a -> a.startsWith("Dilma Rousseff"));
        // Control: a leader in office keeps the country when an organisation's role follows.
        assertThat(namedActors("Lula praised the work of Cyril Ramaphosa as chair of the African Union."))
                .contains("Cyril Ramaphosa ZAF");
    }
}
