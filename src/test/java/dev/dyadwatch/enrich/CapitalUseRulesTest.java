package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capital that names an event ("the Cairo summit") or is listed with a venue ("in Geneva and Muscat") is no
 * actor; one a statement comes from ("a statement from Tehran") is its government. Sentences written for this
 * test, each with a control whose capital keeps its reading.
 */
class CapitalUseRulesTest extends RuleSentences {

    @Test
    void shouldNotReadACapitalNamingASummitOrDeclarationAsItsGovernment() {
        assertThat(namedActors("The ministers spoke days after the Cairo summit that he skipped."))
                .doesNotContain("Government of Egypt EGY");
        assertThat(namedActors("Egypt and Sudan signed the Ankara declaration on Wednesday."))
                .containsExactlyInAnyOrder("Egypt EGY", "Sudan SDN");
        // Control: the same capital as the subject of a verb still speaks for its government.
        assertThat(namedActors("Egypt and Sudan signed a declaration on Wednesday, and Ankara welcomed it."))
                .contains("Government of Türkiye TUR");
    }

    @Test
    void shouldReadACapitalListedAfterAVenueAsAPlace() {
        assertThat(namedActors("The two sides met in Geneva and Muscat in 2023 without a deal.")).isEmpty();
        // Control: a capital that opens a new clause as a speaker stays a government.
        assertThat(namedActors("The two sides met in Geneva and Muscat said it welcomed the talks."))
                .containsExactly("Government of Oman OMN");
    }

    @Test
    void shouldReadAStatementFromACapitalAsItsGovernment() {
        assertThat(namedActors("The two leaders discussed trade, according to a statement from Tehran."))
                .containsExactly("Government of Iran IRN");
        // Control: someone coming from a capital leaves a place.
        assertThat(namedActors("The minister returned from Tehran on Monday.")).isEmpty();
    }

    @Test
    void shouldReadACapitalThatLendsOrRecognisesAsItsGovernment() {
        assertThat(namedActors("The finance ministry said it would seek no fresh loans from Canberra this year."))
                .containsExactly("Government of Australia AUS");
        assertThat(namedActors("The island state moved its recognition from Taipei to Beijing in 2019."))
                .contains("Government of Taiwan TWN");
        // Control: goods shipped from a capital still leave a place.
        assertThat(namedActors("The first shipments from Canberra arrived on Tuesday.")).isEmpty();
    }
}
