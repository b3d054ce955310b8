package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A ministry readout's phrasings, on sentences written for this test, each with a control: a trilateral meeting the
 * subject attended "with" two others, the title the readout introduced its minister with, used bare later, and the
 * members of a meeting listed after "of" ("a trilateral meeting of Turkey, Azerbaijan and Georgia").
 */
class ThreeSidedReadoutRulesTest extends RuleSentences {

    @Test
    void shouldReadATrilateralMeetingWithTwoOthersAsAMeetingOfEveryPair() {
        assertThat(keys("Foreign Minister Ishaq Dar participated today in an informal trilateral meeting in Beijing "
                + "with Foreign Minister of China Wang Yi and Acting Foreign Minister of Afghanistan Amir Khan "
                + "Muttaqi.")).containsExactlyInAnyOrder("CHN-PAK THIRD_PARTY_MEETING OCCURRED",
                "AFG-PAK THIRD_PARTY_MEETING OCCURRED", "AFG-CHN THIRD_PARTY_MEETING OCCURRED");
        // Control: a meeting with two others that no word makes one of three leaves the guests apart.
        assertThat(keys("Foreign Minister Ishaq Dar held a meeting in Beijing with Foreign Minister of China Wang "
                + "Yi and later with Acting Foreign Minister of Afghanistan Amir Khan Muttaqi."))
                .noneMatch(k -> k.startsWith("AFG-CHN"));
    }

    @Test
    void shouldResolveATitleTheArticleIntroducedItsMinisterWithWhenUsedBareLater() {
        assertThat(keys("Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar arrived in Beijing "
                + "on Monday. On Tuesday evening, the Deputy Prime Minister held a bilateral meeting with Acting "
                + "Foreign Minister Amir Khan Muttaqi."))
                .containsExactlyInAnyOrder("CHN-PAK VISIT OCCURRED", "AFG-PAK CONSULT OCCURRED");
        // Control: a title the article gave no one names no one, though the dictionary's minister holds it too.
        assertThat(keys("Foreign Minister Ishaq Dar arrived in Beijing on Monday. On Tuesday evening, the Deputy "
                + "Prime Minister held a bilateral meeting with Acting Foreign Minister Amir Khan Muttaqi."))
                .containsExactly("CHN-PAK VISIT OCCURRED");
    }

    @Test
    void shouldReadTheMembersOfATrilateralMeetingAfterOfAsMeetingEachOther() {
        assertThat(pairsAndTypes("A trilateral meeting of Turkey, Azerbaijan and Georgia took place in Ankara on "
                + "Tuesday.")).containsExactlyInAnyOrder("AZE-TUR THIRD_PARTY_MEETING", "GEO-TUR THIRD_PARTY_MEETING",
                "AZE-GEO THIRD_PARTY_MEETING");
        assertThat(pairsAndTypes("Ankara hosted a trilateral meeting of the foreign ministers of Turkey, Azerbaijan "
                + "and Georgia on Tuesday.")).contains("AZE-GEO THIRD_PARTY_MEETING");
        assertThat(pairsAndTypes("A summit of India and China was held in New Delhi on Tuesday."))
                .containsExactly("CHN-IND CONSULT");
        // Control: a host who met three presidents, with no word that the meeting was one, met each of them.
        assertThat(pairsAndTypes("Erdogan met the presidents of Azerbaijan, Georgia and Turkmenistan in Ankara on "
                + "Tuesday.")).doesNotContain("AZE-GEO CONSULT", "AZE-GEO THIRD_PARTY_MEETING");
    }
}
