package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Ordinary wire wordings of a contact: "rang" for a call, "put their signatures to" for a signing, "rolled out
 * the red carpet for", "gave a ceremonial welcome to" and "hosted a lunch for" for a host receiving a guest.
 */
class ContactWordingRulesTest extends RuleSentences {

    @Test
    void shouldReadRangAsACall() {
        assertThat(keys("Prime Minister Shehbaz Sharif rang President Vladimir Putin on Tuesday to discuss wheat."))
                .containsExactly("PAK-RUS TELEPHONE OCCURRED");
        assertThat(pairsAndTypes("Phones rang all day at the Pakistani embassy in Moscow, officials said."))
                .isEmpty();
    }

    @Test
    void shouldReadPuttingSignaturesToAnAgreementAsASigning() {
        assertThat(keys("India and Japan put their signatures to an agreement on rail links on Tuesday."))
                .containsExactly("IND-JPN SIGN_AGREEMENT OCCURRED");
        assertThat(pairsAndTypes("More than a thousand Indians put their signatures to a petition against the "
                + "Japanese rail project."))
                .isEmpty();
    }

    @Test
    void shouldReadACeremonialWelcomeAsHostingAVisit() {
        assertThat(keys("Islamabad rolled out the red carpet for Russian Foreign Minister Sergey Lavrov on Tuesday."))
                .containsExactly("PAK-RUS HOST_VISIT OCCURRED");
        assertThat(keys("Beijing gave a ceremonial welcome to Pakistani Prime Minister Shehbaz Sharif on Tuesday."))
                .containsExactly("CHN-PAK HOST_VISIT OCCURRED");
        assertThat(pairsAndTypes("Cannes rolled out the red carpet for Indian film stars on Tuesday."))
                .isEmpty();
    }

    @Test
    void shouldReadALunchGivenForAGuestAsHostingAVisit() {
        assertThat(pairsAndTypes("Afghan Foreign Minister Amir Khan Muttaqi hosted a lunch for Pakistani Foreign "
                + "Minister Ishaq Dar in Kabul on Tuesday."))
                .containsExactly("AFG-PAK HOST_VISIT");
        assertThat(pairsAndTypes("Afghan Foreign Minister Amir Khan Muttaqi hosted a lunch for diplomats in Kabul "
                + "on Tuesday."))
                .isEmpty();
    }
}
