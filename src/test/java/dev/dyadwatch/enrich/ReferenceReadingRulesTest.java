package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a later word refers back to, on sentences written for this test, each with a control where a cruder rule
 * would code too much: "He" opening a sentence, "he" after "and", "the Indian leader", and talks reported after
 * a visit.
 */
class ReferenceReadingRulesTest extends RuleSentences {

    @Test
    void shouldTakeASentenceOpeningOnHeForThePersonTheSentenceBeforeNamedFirst() {
        assertThat(keys("Narendra Modi arrived in Kyiv by train on Friday.\n\n"
                + "He later held talks with President Volodymyr Zelenskyy."))
                .containsExactly("IND-UKR VISIT OCCURRED", "IND-UKR NEGOTIATE OCCURRED");
        // Control: with no person in the sentence before, "He" stands for no one.
        assertThat(keys("Prices rose sharply in Kyiv on Friday.\n\nHe later held talks with President Volodymyr "
                + "Zelenskyy.")).isEmpty();
    }

    @Test
    void shouldTakeTheTitleForThePersonNamedBeforeItNotTheOneItsSentenceNamesNext() {
        assertThat(keys("US President Donald Trump arrived in Riyadh on Tuesday.\n\nThe president is due to meet "
                + "Syria's interim president, Ahmed al-Sharaa, in Riyadh on Wednesday."))
                .containsExactly("SAU-USA VISIT OCCURRED", "SYR-USA INTENT_TO_MEET PLANNED");
        // Control: with no president named before it, the title is the one its sentence names.
        assertThat(code("The president, Ahmed al-Sharaa, arrived in Riyadh on Tuesday.").resolution().actors())
                .containsKey("SYR.ahmed-al-sharaa");
    }

    @Test
    void shouldTakeHeAfterAndForTheSubjectOfTheFirstClauseWithTheDateOfItsOwnClause() {
        ArticleCoding coding = code("On Tuesday, Swiss President Viola Amherd received Biden in Geneva, and she "
                + "welcomed Putin at the airport on Wednesday morning.");
        assertThat(coding.contacts()).extracting(c -> c.dyad() + " " + c.type() + " " + c.date().start())
                .containsExactlyInAnyOrder("CHE-USA HOST_VISIT 2024-10-22", "CHE-RUS HOST_VISIT 2024-10-23");
        // Control: a host who receives two guests in one clause hosts both.
        assertThat(keys("Swiss President Viola Amherd received Biden and Putin in Geneva on Tuesday."))
                .containsExactlyInAnyOrder("CHE-USA HOST_VISIT OCCURRED", "CHE-RUS HOST_VISIT OCCURRED");
    }

    @Test
    void shouldTakeTheLeaderOfACountryForItsLeaderTheArticleNamed() {
        ArticleCoding coding = code("Indian Prime Minister Narendra Modi met Putin in Kazan on Tuesday.\n\n"
                + "The Indian leader will travel on to Vienna on Thursday.");
        assertThat(coding.resolution().allMentions()).filteredOn(m -> m.text().equals("Indian leader"))
                .extracting(m -> m.actor().name()).containsExactly("Narendra Modi");
        // Control: "the Indian president" is still the president, not the prime minister named before.
        ArticleCoding president = code("Indian Prime Minister Narendra Modi met Putin in Kazan on Tuesday.\n\n"
                + "The Indian president will travel to Vienna on Thursday.");
        assertThat(president.resolution().allMentions()).filteredOn(m -> m.text().startsWith("Indian president"))
                .extracting(m -> m.actor().name()).doesNotContain("Narendra Modi");
    }

    @Test
    void shouldCountTalksReportedAfterAVisitAsTalksHeldDuringItButTalksAfterAMeetingAsThatMeeting() {
        assertThat(keys("Prime Minister Anthony Albanese hosted Indian Prime Minister Narendra Modi in Canberra on "
                + "Tuesday.\n\nTalks between the two delegations covered trade and defence."))
                .containsExactlyInAnyOrder("AUS-IND HOST_VISIT OCCURRED", "AUS-IND NEGOTIATE OCCURRED");
        // Control: talks after a meeting are that meeting again.
        assertThat(keys("Prime Minister Anthony Albanese met Indian Prime Minister Narendra Modi in Kazan on "
                + "Tuesday.\n\nThe talks lasted two hours."))
                .containsExactly("AUS-IND THIRD_PARTY_MEETING OCCURRED");
    }
}
