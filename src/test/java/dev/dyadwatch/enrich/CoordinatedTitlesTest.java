package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two office holders joined by "and" stay a pair when their titles are long ("Minister of National Defense",
 * "Minister of Foreign Affairs") or when a name is followed by its country ("Dong Jun of China").
 */
class CoordinatedTitlesTest extends RuleSentences {

    @Test
    void shouldJoinPartnersWhoseTitlesContainOf() {
        assertThat(pairsAndTypes("Pakistani Minister of Foreign Affairs Ishaq Dar and Minister of Foreign Affairs "
                + "Wang Yi met on Tuesday and discussed energy prices."))
                .containsExactly("CHN-PAK CONSULT");
        assertThat(keys("Indian Minister of Defence Rajnath Singh and Minister of National Defense Dong Jun "
                + "signed an agreement on mining on Tuesday."))
                .containsExactly("CHN-IND SIGN_AGREEMENT OCCURRED");
    }

    @Test
    void shouldJoinAPartnerNamedWithHisCountry() {
        assertThat(pairsAndTypes("Prime Minister Keir Starmer of Britain and President Joe Biden exchanged views on "
                + "Ukraine when they met on Tuesday."))
                .containsExactly("GBR-USA CONSULT");
        assertThat(pairsAndTypes("Minister of Defence Rajnath Singh of India and Minister of National Defense Dong Jun "
                + "of China held a round of talks on Tuesday on border security."))
                .containsExactly("CHN-IND NEGOTIATE");
    }

    @Test
    void shouldJoinAPartnerSetOffAfterHisTitleWithARankBeforeTheName() {
        assertThat(keys("Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart, Prince Faisal "
                + "bin Farhan, will meet to prepare the reopening of embassies."))
                .containsExactly("IRN-SAU INTENT_TO_MEET PLANNED");
        assertThat(keys("Iranian Foreign Minister Hossein Amir-Abdollahian praised the talks, Prince Faisal bin "
                + "Farhan said, and both will meet soon.")).doesNotContain("IRN-SAU INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldJoinAPartnerWhoseTitleFollowsHisCountrysName() {
        assertThat(pairsAndTypes("Khawaja Asif, Pakistan's defence minister, and China's Minister of National Defense "
                + "Dong Jun signed an agreement on agriculture on Tuesday."))
                .containsExactly("CHN-PAK SIGN_AGREEMENT");
    }

    @Test
    void shouldNotJoinPeopleWhenTheAndJoinsOtherNouns() {
        assertThat(pairsAndTypes("Supporters of Defence Minister Rajnath Singh and critics of President Xi Jinping "
                + "of China met in Geneva on Tuesday."))
                .isEmpty();
        assertThat(pairsAndTypes("Critics of Pakistan's defence minister Khawaja Asif and supporters of China's "
                + "Minister of National Defense Dong Jun met in Geneva on Tuesday."))
                .isEmpty();
    }
}
