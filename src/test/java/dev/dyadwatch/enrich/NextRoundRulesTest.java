package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A round of talks named by the round alone with a verb of holding ("to hold the next round in India", "the
 * next round will be held in Nairobi") is talks; a next round of anything else is no contact.
 */
class NextRoundRulesTest extends RuleSentences {

    @Test
    void shouldPlanTheNextRoundThePairAgreedToHold() {
        assertThat(keys("Indian National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi held talks "
                + "in Beijing on Monday. The two sides agreed to hold the next round in India next year."))
                .containsExactly("CHN-IND NEGOTIATE OCCURRED", "CHN-IND INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldCodeARoundHostedByOneSide() {
        assertThat(keys("Kenyan Foreign Minister Musalia Mudavadi said Kenya would host the next round with "
                + "Ethiopia in March.")).containsExactly("ETH-KEN INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotCodeANextRoundOfOtherThings() {
        assertThat(keys("Brazil and Argentina will play the next round in Montevideo.")).isEmpty();
        assertThat(keys("The next round of sanctions was announced by France and Germany on Monday.")).isEmpty();
    }
}
