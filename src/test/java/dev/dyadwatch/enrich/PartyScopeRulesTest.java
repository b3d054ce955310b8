package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which named countries the words of contact reach, on sentences written for this test (published on Wednesday
 * 23 October 2024), each with a control: a pair after "between" in a clause opened by "that" is that clause's, the
 * countries a contact alarmed are no parties to it, a country's initials before a title ("U.S. Secretary of
 * State") do not break the "and" that joins two people, and talks after ", after" are the opening subject's.
 */
class PartyScopeRulesTest extends RuleSentences {

    @Test
    void shouldNotTakeThePairAfterBetweenFromAClauseOpenedByThat() {
        assertThat(keys("Penny Wong and S. Jaishankar held phone talks on Monday and agreed that the new pact between "
                + "China and the Solomon Islands threatens stability in the Pacific."))
                .containsExactly("AUS-IND TELEPHONE OCCURRED");
        // Control: "between" right after the words of contact still names the pair.
        assertThat(keys("Officials held phone talks on Monday between China and the Solomon Islands."))
                .containsExactly("CHN-SLB TELEPHONE OCCURRED");
    }

    @Test
    void shouldNotMakePartiesOfTheCountriesAContactAlarmed() {
        assertThat(keys("Vanuatu's prime minister signed a policing agreement with China in 2023 that worried "
                + "Canberra and Wellington.")).containsExactly("CHN-VUT SIGN_AGREEMENT HISTORICAL");
        // Control: countries the signing names as partners stay parties.
        assertThat(keys("Vanuatu's prime minister signed a policing agreement with China in 2023 and with Australia "
                + "in 2024.")).contains("CHN-VUT SIGN_AGREEMENT HISTORICAL", "AUS-VUT SIGN_AGREEMENT HISTORICAL");
    }

    @Test
    void shouldJoinTwoPeopleAcrossACountrysInitialsBeforeTheSecondOnesTitle() {
        assertThat(keys("Foreign Minister Cho Tae-yul and U.S. Secretary of State Antony Blinken held phone talks on "
                + "Monday about the Korean Peninsula.")).containsExactly("KOR-USA TELEPHONE OCCURRED");
        // Control: a nationality spelled out before the title was joined already.
        assertThat(keys("Foreign Minister Cho Tae-yul and American Secretary of State Antony Blinken held phone talks "
                + "on Monday about the Korean Peninsula.")).containsExactly("KOR-USA TELEPHONE OCCURRED");
    }

    @Test
    void shouldGiveTalksAfterTheMainClauseToTheSubjectThatOpensTheSentence() {
        assertThat(keys("Foreign Minister Penny Wong signed a fisheries agreement with Fiji in Suva on Tuesday, after "
                + "talks with Prime Minister Sitiveni Rabuka."))
                .containsExactlyInAnyOrder("AUS-FJI SIGN_AGREEMENT OCCURRED", "AUS-FJI NEGOTIATE OCCURRED");
        // Control: a sentence that opens with a day, not its subject, gives the talks no one.
        assertThat(keys("On Tuesday, officials signed a fisheries agreement with Fiji, after talks with Prime "
                + "Minister Sitiveni Rabuka.")).doesNotContain("AUS-FJI NEGOTIATE OCCURRED");
    }

    @Test
    void shouldEndTheCallsPartnersWhereAClauseWithASubjectOfItsOwnBegins() {
        assertThat(keys("Erdogan telephoned Tokayev on Monday about the pipeline, and Uzbek President Shavkat "
                + "Mirziyoyev opened a new border crossing.")).contains("KAZ-TUR TELEPHONE OCCURRED")
                .doesNotContain("TUR-UZB TELEPHONE OCCURRED");
        // Control: a second person called, with no verb of his own, is a partner of the call.
        assertThat(keys("Erdogan telephoned Tokayev on Monday, and Uzbek President Shavkat Mirziyoyev on Tuesday."))
                .contains("KAZ-TUR TELEPHONE OCCURRED", "TUR-UZB TELEPHONE OCCURRED");
    }

    @Test
    void shouldJoinTwoPeopleAfterABriefingsLabelAndANewOfficeHoldersTitle() {
        assertThat(keys("Kazakhstan, Uzbekistan: Tokayev and Uzbekistan's president, Shavkat Mirziyoyev, spoke by "
                + "phone on Monday.")).contains("KAZ-UZB TELEPHONE OCCURRED");
        assertThat(keys("Tokayev and Iran's new president, Masoud Pezeshkian, spoke by phone on Monday."))
                .contains("IRN-KAZ TELEPHONE OCCURRED");
        // Control: the label's countries are not the people who spoke.
        assertThat(keys("Kazakhstan, Uzbekistan: Tokayev and his wife spoke by phone on Monday with their son."))
                .isEmpty();
    }
}
