package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capital opening the name of an event or body ("the Doha Forum", "the Moscow Format") is no party, so a
 * meeting of three countries held there stays a meeting of every pair; a capital that stands for its
 * government stays a party.
 */
class CapitalInNameRulesTest extends RuleSentences {

    @Test
    void shouldCodeEveryPairOfThreeMinistersMeetingAtANamedForum() {
        assertThat(keys("The foreign ministers of Russia, Turkey and Iran met in Doha on Saturday on the sidelines "
                + "of the Doha Forum to discuss the situation in Syria.")).containsExactlyInAnyOrder(
                "RUS-TUR THIRD_PARTY_MEETING OCCURRED", "IRN-RUS THIRD_PARTY_MEETING OCCURRED",
                "IRN-TUR THIRD_PARTY_MEETING OCCURRED");
    }

    @Test
    void shouldKeepACapitalThatActsAsAParty() {
        assertThat(keys("Russian Foreign Minister Sergei Lavrov held talks with the Doha government on Saturday."))
                .containsExactly("QAT-RUS NEGOTIATE OCCURRED");
        assertThat(keys("Russian Foreign Minister Sergei Lavrov addressed the Doha Forum on Saturday.")).isEmpty();
    }
}
