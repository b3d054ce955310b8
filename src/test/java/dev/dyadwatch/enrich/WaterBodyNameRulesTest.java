package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A country's name that ends the name of a sea or strait ("the Gulf of Oman", "the Sea of Japan") names the
 * water, not the country. Sentences written for this test, with a control where the country stays.
 */
class WaterBodyNameRulesTest extends RuleSentences {

    @Test
    void shouldNotReadACountryEndingTheNameOfASeaAsTheCountry() {
        assertThat(namedActors("Two freighters were struck in the Gulf of Oman on Thursday.")).isEmpty();
        assertThat(namedActors("The destroyers sailed through the Sea of Japan at dawn.")).isEmpty();
        // Control: the coast of a country is still the country named.
        assertThat(namedActors("Two freighters were struck off the coast of Oman on Thursday."))
                .containsExactly("Oman OMN");
    }
}
