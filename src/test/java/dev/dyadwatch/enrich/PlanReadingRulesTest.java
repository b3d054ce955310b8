package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plans and plans called off, on sentences written for this test, each with a control where a cruder rule would
 * code too much: a plan in the past perfect that the main clause calls off, a plan governed from afar ("agreeing
 * to ... and to launch talks"), the purpose of a planned trip, a hoped-for journey, a contact asked for ("requested
 * a meeting"), a plan named as a thing ("presented the plan at his talks") and a meeting "confirmed for" a day.
 */
class PlanReadingRulesTest extends RuleSentences {

    @Test
    void shouldNegateAPlanInThePastPerfectThatTheMainClauseCallsOffAndDateItInThePast() {
        ArticleCoding coding = code("Albanese, who had been due to visit New Delhi in January, called off the trip "
                + "because of the floods.");
        assertThat(coding.contacts()).extracting(c -> c.dyad() + " " + c.type() + " " + c.status() + " "
                + c.date().start()).containsExactly("AUS-IND VISIT NEGATED 2024-01-01");
        // Control: a plan that nothing calls off stays a plan, ahead of publication.
        assertThat(code("Albanese, who is due to visit New Delhi in January, said the trip would focus on trade.")
                .contacts()).extracting(c -> c.type() + " " + c.status() + " " + c.date().start())
                .containsExactly("INTENT_TO_MEET PLANNED 2025-01-01");
    }

    @Test
    void shouldReadTalksToBeLaunchedUnderAnEarlierVerbOfAgreeingAsPlanned() {
        assertThat(keys("Biden and Putin held their first summit in Geneva on Wednesday, agreeing to return their "
                + "ambassadors to each other's capitals and to launch talks on strategic stability."))
                .containsExactlyInAnyOrder("RUS-USA THIRD_PARTY_MEETING OCCURRED", "RUS-USA INTENT_TO_MEET PLANNED");
        // Control: talks the clause reports as held are not planned by an agreement beside them.
        assertThat(keys("Biden and Putin held talks in Washington on Wednesday, agreeing to return their "
                + "ambassadors."))
                .containsExactly("RUS-USA NEGOTIATE OCCURRED");
    }

    @Test
    void shouldGiveTheTalksThatArePurposeOfAPlannedTripThePlan() {
        assertThat(keys("Lula is expected to travel to the United Arab Emirates on Saturday for talks with President "
                + "Mohamed bin Zayed.")).containsExactly("ARE-BRA INTENT_TO_MEET PLANNED");
        // Control: talks that are the purpose of a trip made are held.
        assertThat(keys("Lula arrived in the United Arab Emirates on Saturday for talks with President Mohamed bin "
                + "Zayed.")).containsExactlyInAnyOrder("ARE-BRA VISIT OCCURRED", "ARE-BRA NEGOTIATE OCCURRED");
    }

    @Test
    void shouldReadAJourneyHopedForAsPlanned() {
        assertThat(keys("Albanese said he hoped to make the journey to India next year."))
                .containsExactly("AUS-IND INTENT_TO_MEET PLANNED");
        // Control: a journey made is a visit.
        assertThat(keys("Albanese made the journey to India last week.")).containsExactly("AUS-IND VISIT OCCURRED");
    }

    @Test
    void shouldReadAMeetingAgreedInASecondInfinitiveAsPlannedForNoPastDate() {
        // The date belongs to "announced"; a plan made now is for no period already over.
        assertThat(code("Shehbaz Sharif received a telephone call from Mohammed bin Salman on Monday. The two "
                + "leaders agreed to expedite the investment package announced last year and to meet at an early "
                + "date.").contacts())
                .extracting(c -> c.dyad() + " " + c.type() + " " + c.status() + " " + c.date().start() + " "
                        + c.date().granularity())
                .contains("PAK-SAU INTENT_TO_MEET PLANNED 2024-10-23 PUBLICATION");
        // A meeting they held is no plan.
        assertThat(keys("Shehbaz Sharif received a telephone call from Mohammed bin Salman on Monday. The two "
                + "leaders expedited the investment package announced last year and met in 2023."))
                .contains("PAK-SAU CONSULT HISTORICAL");
    }

    @Test
    void shouldReadAVisitNamedFarAfterAFutureVerbOfTravelAsPlanned() {
        assertThat(keys("President Ranil Wickremesinghe will leave for Colombo airport on Thursday on a two-day "
                + "official visit to India.")).containsExactly("IND-LKA INTENT_TO_MEET PLANNED");
        // A future beyond a comma does not reach the visit.
        assertThat(keys("Ranil Wickremesinghe will meet officials of the IMF in Colombo on Thursday morning, two "
                + "weeks after his official visit to India.")).containsExactly("IND-LKA VISIT OCCURRED");
    }

    @Test
    void shouldReadAContactAskedForAsAPlan() {
        assertThat(keys("Prime Minister Narendra Modi requested a bilateral meeting with President Xi Jinping."))
                .containsExactly("CHN-IND INTENT_TO_MEET PLANNED");
        assertThat(keys("Pakistan sought talks with Kabul on the border crossings."))
                .containsExactly("AFG-PAK INTENT_TO_MEET PLANNED");
        // Control: a request that does not govern the words of contact leaves the talks as told.
        assertThat(keys("Prime Minister Narendra Modi sought support for the corridor during his talks with "
                + "President Xi Jinping on Tuesday.")).containsExactly("CHN-IND NEGOTIATE OCCURRED");
    }

    @Test
    void shouldNotReadAPlanNamedAsAThingAsACue() {
        assertThat(keys("Prime Minister Narendra Modi presented the plan at his talks with President Xi Jinping on "
                + "Tuesday.")).containsExactly("CHN-IND NEGOTIATE OCCURRED");
        // Control: plans for a contact are a plan.
        assertThat(keys("India has plans for a summit with China next year."))
                .containsExactly("CHN-IND INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldReadAMeetingConfirmedOrScheduledForADayAsAPlan() {
        assertThat(keys("A bilateral meeting between Modi and Xi on the sidelines of the BRICS summit has been "
                + "confirmed for Wednesday.")).containsExactly("CHN-IND INTENT_TO_MEET PLANNED");
        assertThat(keys("A meeting between Modi and Xi has been scheduled for Friday."))
                .containsExactly("CHN-IND INTENT_TO_MEET PLANNED");
        // Control: "confirmed" that something happened is no plan.
        assertThat(keys("Modi confirmed for reporters that he met Xi on Tuesday."))
                .containsExactly("CHN-IND CONSULT OCCURRED");
    }

    @Test
    void shouldReadConcurringToHoldAMeetingAsAPlan() {
        assertThat(keys("Prime Minister Shigeru Ishiba and Prime Minister Anthony Albanese concurred to hold a "
                + "ministerial meeting at an early date.")).containsExactly("AUS-JPN INTENT_TO_MEET PLANNED");
        // Control: concurring on a view is no plan; the meeting it was said at happened.
        assertThat(keys("Prime Minister Shigeru Ishiba and Prime Minister Anthony Albanese concurred on the need for "
                + "calm when they met in Canberra.")).containsExactly("AUS-JPN CONSULT OCCURRED");
    }

    @Test
    void shouldReadAMeetingTheyAreToPrepareAsAPlan() {
        assertThat(keys("Spain and Morocco are to prepare a high-level meeting of the two governments."))
                .containsExactly("ESP-MAR INTENT_TO_MEET PLANNED");
        // Control: "are to" governs something else; the meeting it mentions happened.
        assertThat(keys("Spain and Morocco are to prepare new rules on fishing, agreed at a meeting of their "
                + "ministers in Rabat.")).containsExactly("ESP-MAR CONSULT OCCURRED");
    }

    @Test
    void shouldReadAMeetingThatWouldNowBeHeldAsAPlan() {
        assertThat(keys("The Ethiopia-Kenya joint commission meeting would now be held in Addis Ababa in June."))
                .containsExactly("ETH-KEN INTENT_TO_MEET PLANNED");
        // Control: an adverb after "would" before another verb is no plan of the meeting.
        assertThat(keys("The Ethiopia-Kenya joint commission meeting in Addis Ababa would now shape trade."))
                .containsExactly("ETH-KEN CONSULT OCCURRED");
    }
}
