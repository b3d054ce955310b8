package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People named by the country they come from ("Negotiators from Russia and India") are that country's party to
 * the contact; a country after "from" elsewhere stays a place.
 */
class FromGroupsRulesTest extends RuleSentences {

    @Test
    void shouldCodeNegotiatorsFromTwoCountriesAsTheirMeeting() {
        assertThat(keys("Negotiators from Russia and India met on Monday to finish the text."))
                .containsExactly("IND-RUS CONSULT OCCURRED");
        assertThat(keys("Senior officials from Pakistan and China held talks on Monday."))
                .containsExactly("CHN-PAK NEGOTIATE OCCURRED");
    }

    @Test
    void shouldCodeForcesFromTwoCountriesAsTheirExercise() {
        assertThat(keys("Forces from Iran and Russia began a joint naval exercise on Tuesday."))
                .containsExactly("IRN-RUS MILITARY_COOPERATION OCCURRED");
    }

    @Test
    void shouldCodeADelegationFromACountryAsTheVisitor() {
        assertThat(keys("A delegation from Vietnam arrived in Seoul on Monday for talks on trade."))
                .contains("KOR-VNM VISIT OCCURRED");
    }

    @Test
    void shouldKeepOtherPeopleFromACountryOutOfTheContact() {
        assertThat(keys("Students from China and Japan met in Bangkok on Monday.")).isEmpty();
        assertThat(keys("The minister returned from Russia and India on Monday.")).isEmpty();
    }

    @Test
    void shouldReadTheCoastGuardsOfThreeCountriesAsActingForEach() {
        assertThat(keys("The coast guards of Japan, the Philippines and the United States held a joint drill off "
                + "Bataan on Monday."))
                .containsExactlyInAnyOrder("JPN-PHL MILITARY_COOPERATION OCCURRED",
                        "JPN-USA MILITARY_COOPERATION OCCURRED", "PHL-USA MILITARY_COOPERATION OCCURRED");
        assertThat(keys("The coast guard of the Philippines held a joint drill with the United States on Monday."))
                .containsExactly("PHL-USA MILITARY_COOPERATION OCCURRED");
        // Control: the history of a country is what the sentence is about, not a party to the drill.
        assertThat(keys("The history of Japan was on the agenda as the Philippines and the United States held a joint "
                + "drill off Bataan on Monday."))
                .containsExactly("PHL-USA MILITARY_COOPERATION OCCURRED");
    }
}
