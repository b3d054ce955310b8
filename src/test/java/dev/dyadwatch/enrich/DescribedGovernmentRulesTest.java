package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The de facto authorities in Kabul", "the Taliban administration": a government named by what it is. */
class DescribedGovernmentRulesTest extends RuleSentences {

    @Test
    void shouldReadTheDeFactoAuthoritiesInACapitalAsThatCountrysGovernment() {
        assertThat(keys("Pakistani diplomats held talks with the de facto authorities in Kabul on Monday."))
                .contains("AFG-PAK NEGOTIATE OCCURRED");
    }

    @Test
    void shouldNotReadTheAuthoritiesInACapitalWithoutADescriptionAsAGovernment() {
        assertThat(ArticleMentions.mentions("2024-10-23",
                "Pakistani diplomats held talks with the authorities in Kabul on Monday."))
                .noneMatch(m -> m.startsWith("authorities"));
    }

    @Test
    void shouldCarryTheCountryOfAnAnchoredDescriptionToALaterBareOne() {
        assertThat(keys("Envoys from the region met the de facto authorities in Kabul on Monday. "
                + "On Tuesday Iran signed a water agreement with the de facto authorities."))
                .contains("AFG-IRN SIGN_AGREEMENT OCCURRED");
    }

    @Test
    void shouldLeaveABareDescriptionAloneWhenNothingEarlierAnchoredIt() {
        assertThat(keys("On Tuesday Iran signed a water agreement with the de facto authorities."))
                .noneMatch(k -> k.contains("AFG"));
    }

    @Test
    void shouldReadTheTalibanAdministrationAsAfghanistanOnlyAfterTheTalibanTookKabul() {
        String text = "A Chinese envoy met the Taliban administration on Monday.";
        assertThat(ArticleMentions.mentions("2023-03-01", text))
                .anyMatch(m -> m.startsWith("Taliban administration -> ") && m.contains("AFG"));
        assertThat(ArticleMentions.mentions("2019-03-01", text)).noneMatch(m -> m.startsWith("Taliban"));
    }

    @Test
    void shouldNotReadPakistansTalibanAsAGovernment() {
        assertThat(ArticleMentions.mentions("2023-03-01", "Islamabad accused the Pakistani Taliban leadership of "
                + "planning the attacks."))
                .noneMatch(m -> m.contains("Taliban") && m.contains("AFG"));
    }

    @Test
    void shouldAnchorADescriptionOnlyToASeatOfGovernment() {
        assertThat(ArticleMentions.mentions("2024-10-23",
                "Russian envoys met the de facto authorities in Donetsk on Monday."))
                .noneMatch(m -> m.startsWith("de facto") && m.contains("UKR"));
        assertThat(ArticleMentions.mentions("2024-10-23",
                "Russian envoys met the de facto authorities in Kabul on Monday."))
                .anyMatch(m -> m.startsWith("de facto authorities -> ") && m.contains("AFG"));
    }
}
