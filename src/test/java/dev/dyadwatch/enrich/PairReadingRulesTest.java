package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who the partners of a contact are when the sentence names more people, on sentences written for this test, each
 * with a control where a cruder rule would pair too few: a clause of time after a comma, and a summit one side
 * owns ("Trump's planned summit with Kim").
 */
class PairReadingRulesTest extends RuleSentences {

    @Test
    void shouldNotGiveTheTalksThePeopleOfAClauseOfTimeAfterAComma() {
        assertThat(keys("Olaf Scholz held talks with Vladimir Putin on Tuesday, a day after the German chancellor "
                + "met Volodymyr Zelenskyy in Kyiv."))
                .containsExactlyInAnyOrder("DEU-RUS NEGOTIATE OCCURRED", "DEU-UKR CONSULT OCCURRED");
        // Control: a list of partners after "with" are all partners.
        assertThat(keys("Olaf Scholz held talks with Vladimir Putin and Volodymyr Zelenskyy on Tuesday."))
                .containsExactlyInAnyOrder("DEU-RUS NEGOTIATE OCCURRED", "DEU-UKR NEGOTIATE OCCURRED");
    }

    @Test
    void shouldReadASummitThatOneSideOwnsWithAnotherAsTheirPairOnly() {
        assertThat(keys("Moon Jae-in is scheduled to meet Donald Trump in Washington next month, ahead of Trump's "
                + "planned summit with Kim Jong Un."))
                .containsExactlyInAnyOrder("KOR-USA INTENT_TO_MEET PLANNED", "PRK-USA INTENT_TO_MEET PLANNED");
        // Control: a summit of three named countries gives every pair.
        assertThat(keys("Moon Jae-in, Donald Trump and Kim Jong Un will hold a summit next month."))
                .containsExactlyInAnyOrder("KOR-USA INTENT_TO_MEET PLANNED", "KOR-PRK INTENT_TO_MEET PLANNED",
                        "PRK-USA INTENT_TO_MEET PLANNED");
    }
}
