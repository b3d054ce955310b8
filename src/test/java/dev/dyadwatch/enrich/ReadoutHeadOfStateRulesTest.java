package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The Head of State" of a presidential readout is the head of state it named first, on sentences written for this
 * test, with a control where no head of state was named.
 */
class ReadoutHeadOfStateRulesTest extends RuleSentences {

    @Test
    void shouldReadTheHeadOfStateAsTheFirstHeadOfStateTheReadoutNamed() {
        assertThat(keys("President Kassym-Jomart Tokayev received a telephone call from President of Russia "
                + "Vladimir Putin. The Head of State also spoke by phone with President of Uzbekistan Shavkat "
                + "Mirziyoyev."))
                .containsExactlyInAnyOrder("KAZ-RUS TELEPHONE OCCURRED", "KAZ-UZB TELEPHONE OCCURRED");
        assertThat(keys("President Shavkat Mirziyoyev arrived in Beijing on Tuesday. The head of our state held "
                + "talks with Chinese Premier Li Qiang."))
                .contains("CHN-UZB NEGOTIATE OCCURRED");
        // Control: with no head of state named before, the words name no one and code nothing.
        assertThat(keys("Foreign Minister Sergey Lavrov arrived in Astana. The head of state spoke by phone with "
                + "President of Uzbekistan Shavkat Mirziyoyev."))
                .doesNotContain("RUS-UZB TELEPHONE OCCURRED");
    }
}
