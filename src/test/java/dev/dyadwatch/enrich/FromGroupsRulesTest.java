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
}
