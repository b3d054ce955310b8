package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An official introduced by a title alone, whose country nothing else tells, acts for the country of the person
 * he travels with: "X was accompanied by Trade Minister Y", "Trade Minister Y, who is travelling with the
 * president,". Sentences written for this test, each with a control that must not change.
 */
class CompanionRulesTest extends RuleSentences {

    private static final String ARRIVAL = "President Gustavo Petro arrived in Brasilia on Monday for talks. ";

    @Test
    void shouldGiveAnOfficialWhoAccompaniesALeaderTheLeadersCountry() {
        assertThat(namedActors(ARRIVAL + "Petro was accompanied by Trade Minister Lina Maria Duarte."))
                .contains("Lina Maria Duarte COL");
        // Control: someone the leader merely met is not of his party.
        assertThat(namedActors(ARRIVAL + "Petro was received by Trade Minister Lina Maria Duarte."))
                .noneMatch(a -> a.startsWith("Lina Maria Duarte"));
    }

    @Test
    void shouldGiveAnOfficialTravellingWithALeaderTheLeadersCountry() {
        assertThat(namedActors(ARRIVAL + "Trade Minister Lina Maria Duarte, who is travelling with Petro, said "
                + "the talks would cover coffee.")).contains("Lina Maria Duarte COL");
        // Control: travelling to a place names no companion.
        assertThat(namedActors(ARRIVAL + "Trade Minister Lina Maria Duarte, who is travelling to Lima, said "
                + "the talks would cover coffee.")).noneMatch(a -> a.startsWith("Lina Maria Duarte"));
    }
}
