package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A country name that is also a common noun counts when it is capitalised inside a sentence ("exports to China"),
 * and a government speaks through its foreign ministry or presidential office by their usual names ("the State
 * Department said", "the presidential Blue House said"). Sentences written for this test, each with a control
 * that must not change.
 */
class CasedAndSeatNamesRulesTest extends RuleSentences {

    @Test
    void shouldReadACommonNounCountryCapitalisedInsideASentenceAsTheCountry() {
        assertThat(namedActors("Coal exports to China fell by a fifth in March.")).containsExactly("China CHN");
        assertThat(namedActors("The grain corridor was brokered by Turkey last summer."))
                .containsExactly("Türkiye TUR");
        // Control: a name that is also a place or a given name still needs support.
        assertThat(namedActors("Coal exports to Georgia fell by a fifth in March.")).isEmpty();
    }

    @Test
    void shouldReadTheStateDepartmentAndTheBlueHouseAsTheirGovernments() {
        assertThat(namedActors("The tariffs would be reviewed in May, the State Department said."))
                .containsExactly("Government of United States USA");
        assertThat(namedActors("The talks would resume in May, the presidential Blue House said."))
                .containsExactly("Government of South Korea KOR");
        // Control: a state's own department in lower case is no actor.
        assertThat(namedActors("The talks would resume in May, the state department of education said.")).isEmpty();
    }
}
