package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Office holders named by a phrase that ends in "of A and B" ("the directors general of military operations of
 * India and Pakistan", "the heads of the navies of Japan and Australia") are the pair; "the future of A and B"
 * names what is discussed.
 */
class OfficesOfPairRulesTest extends RuleSentences {

    @Test
    void shouldCodeOfficersNamedByALongTitleOfTwoCountries() {
        assertThat(keys("The directors general of military operations of India and Pakistan spoke over the hotline "
                + "on Monday evening, the Indian Army said.")).containsExactly("IND-PAK TELEPHONE OCCURRED");
        assertThat(keys("The heads of the navies of Japan and Australia met in Darwin on Tuesday."))
                .containsExactly("AUS-JPN CONSULT OCCURRED");
    }

    @Test
    void shouldNotCodeCountriesThatAreTheTopic() {
        assertThat(keys("Officials discussed the future of India and Pakistan on Monday.")).isEmpty();
        assertThat(keys("Experts met to assess the military operations of India and Pakistan.")).isEmpty();
    }
}
