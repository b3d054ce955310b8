package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions a reader of news takes in without thinking, each on sentences written for this test, with a
 * control sentence where a cruder version of the rule would code too much: travel after a meeting, plans, denied
 * claims, capitals that speak, offers to host, postponements and city names that several countries share.
 */
class ContactReadingRulesTest extends RuleSentences {

    private List<String> countriesOfActors(String text) {
        return code(text).resolution().allMentions().stream().filter(m -> m.actor() != null)
                .map(m -> m.actor().name() + " " + m.country()).toList();
    }

    @Test
    void shouldTakeACapitalAfterAVerbOfDepartureForAPlaceAndTheSubjectForTheTraveller() {
        assertThat(countriesOfActors("Erdogan met Putin in Sochi on Monday before he left for Ankara."))
                .noneMatch(a -> a.endsWith("TUR") && a.startsWith("Government"));
        assertThat(keys("Erdogan met Putin in Sochi on Monday before he left for Ankara."))
                .containsExactly("RUS-TUR CONSULT OCCURRED");
        assertThat(keys("Lula met Xi on Monday before departing for Brasilia."))
                .containsExactly("BRA-CHN CONSULT OCCURRED");
        assertThat(keys("Indian Prime Minister Narendra Modi held talks with Putin in Moscow on Monday and is due "
                + "to fly on to Vienna on Thursday."))
                .containsExactly("IND-RUS NEGOTIATE OCCURRED", "AUT-IND INTENT_TO_MEET PLANNED");
        // A clause with its own subject: Modi travels, not Putin.
        assertThat(keys("Putin met Modi in Kazan on Tuesday, and Modi then flew to Vienna."))
                .contains("AUT-IND VISIT OCCURRED");
    }

    @Test
    void shouldKeepTheDateOfTheFirstVerbWhenAJointSeparatesItFromTheSecond() {
        ArticleCoding coding = code("Indian Prime Minister Narendra Modi held talks with Putin in Moscow on Monday "
                + "and is due to fly on to Vienna on Thursday.");
        assertThat(coding.contacts()).extracting(c -> c.type() + " " + c.date().start())
                .containsExactly("NEGOTIATE 2024-10-21", "INTENT_TO_MEET 2024-10-24");
    }

    @Test
    void shouldCodeAMeetingOnASummitsSidelinesAsThirdLocationEvenForItsHostButAMeetingAtHomeAsAMeetingOfTheTwo() {
        // The gold set's rule: 044 is a meeting on a third country's ground or on a summit's sidelines.
        assertThat(keys("Putin held talks with Modi on the sidelines of the BRICS summit in Kazan on Tuesday."))
                .containsExactly("IND-RUS THIRD_PARTY_MEETING OCCURRED");
        assertThat(keys("Xi met Modi on the sidelines of the BRICS summit in Kazan on Tuesday."))
                .containsExactly("CHN-IND THIRD_PARTY_MEETING OCCURRED");
        assertThat(keys("Putin held talks with Modi in Kazan on Tuesday."))
                .containsExactly("IND-RUS NEGOTIATE OCCURRED");
    }

    @Test
    void shouldReadAgreementsAndPledgesToMeetAndASummitThePairHoldsAsPlans() {
        assertThat(keys("Seoul and Tokyo will hold the summit regularly, the joint statement said."))
                .containsExactly("JPN-KOR INTENT_TO_MEET PLANNED");
        assertThat(keys("China and Japan pledged to resume talks on maritime security."))
                .containsExactly("CHN-JPN INTENT_TO_MEET PLANNED");
        // Attending a summit together is no meeting of the two.
        assertThat(keys("Russia and China attended the summit in Astana.")).isEmpty();
    }

    @Test
    void shouldNegateAClaimThatIsDeniedAndIgnoreOneThatIsNot() {
        assertThat(keys("Pakistan's Foreign Office denied a social media claim that Prime Minister Shehbaz Sharif "
                + "had met Narendra Modi in Dubai.")).containsExactly("IND-PAK THIRD_PARTY_MEETING NEGATED");
        assertThat(keys("A social media post claimed that Prime Minister Shehbaz Sharif had met Narendra Modi in "
                + "Dubai.")).isEmpty();
    }

    @Test
    void shouldTakeACapitalThatSpeaksAsItsGovernment() {
        assertThat(countriesOfActors("Washington said it would send an envoy. Paris has urged restraint."))
                .contains("Government of United States USA", "Government of France FRA");
        assertThat(countriesOfActors("The Washington Post said the envoy had left. George Washington said little."))
                .noneMatch(a -> a.endsWith("USA"));
    }

    @Test
    void shouldNotCodeAnOfferToHostButCodeAHostingThatIsAnnounced() {
        assertThat(keys("Turkey is ready to host a peace summit between Russia and Ukraine.")).isEmpty();
        assertThat(keys("Qatar has offered to host talks between Iran and the United States.")).isEmpty();
        assertThat(keys("Turkey will host talks between Russia and Ukraine on Friday."))
                .containsExactly("RUS-UKR INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNegateAPostponedContactForItsFirstDateAndPlanItForTheNewOne() {
        ArticleCoding postponed = code("Egypt and Greece postponed the talks to Friday.");
        assertThat(postponed.contacts()).extracting(c -> c.type() + " " + c.status() + " " + c.date().start()
                + " " + c.date().isPublication())
                .containsExactly("NEGOTIATE NEGATED 2024-10-23 true", "INTENT_TO_MEET PLANNED 2024-10-25 false");
        ArticleCoding moved = code("A joint Egyptian-Greek cabinet meeting planned for this week has been postponed "
                + "to January.");
        assertThat(moved.contacts()).extracting(c -> c.status() + " " + c.date().start())
                .containsExactly("NEGATED 2024-10-21", "PLANNED 2025-01-01");
        // Postponed with no new date: nothing is planned.
        ArticleCoding noNewDate = code("Egypt and Greece postponed the talks planned for October 30.");
        assertThat(noNewDate.contacts()).extracting(c -> c.status() + " " + c.date().start())
                .containsExactly("NEGATED 2024-10-30");
    }

    @Test
    void shouldPlaceACityNameThatSeveralCountriesShareByTheCountryTheArticleNames() {
        assertThat(keys("Greek Prime Minister Kyriakos Mitsotakis arrived in Alexandria on Monday. Egypt and Greece "
                + "are building an undersea power cable.")).containsExactly("EGY-GRC VISIT OCCURRED");
        // Nothing in the article says which Alexandria.
        assertThat(keys("Greek Prime Minister Kyriakos Mitsotakis arrived in Alexandria on Monday.")).isEmpty();
        // Both of its countries named: still a guess.
        assertThat(keys("Greek Prime Minister Kyriakos Mitsotakis arrived in Alexandria on Monday. Egypt and the "
                + "United States sent observers.")).isEmpty();
    }

    @Test
    void shouldPairCoordinatedSubjectsWhoseTitlesHaveANationalityAndAJoiningWord() {
        assertThat(keys("US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held more than "
                + "four hours of talks in Moscow on Tuesday.")).containsExactly("RUS-USA NEGOTIATE OCCURRED");
        // Two titled people after a verb are its objects, not a pair of subjects.
        assertThat(keys("Indian Foreign Minister S. Jaishankar met US Secretary of State Marco Rubio and Chinese "
                + "Foreign Minister Wang Yi on Monday.")).doesNotContain("CHN-USA CONSULT OCCURRED")
                .contains("IND-USA CONSULT OCCURRED");
    }

    @Test
    void shouldTakeThePlaceNearestTheWordsOfContactForItsVenueAndARoundOfConsultationsForTalks() {
        assertThat(keys("Pakistani and Russian officials held a round of consultations in Moscow on Wednesday, "
                + "focusing on militant groups in Afghanistan.")).containsExactly("PAK-RUS NEGOTIATE OCCURRED");
        assertThat(keys("Pakistani and Russian officials met in Doha on Wednesday, focusing on militant groups in "
                + "Afghanistan.")).containsExactly("PAK-RUS THIRD_PARTY_MEETING OCCURRED");
        assertThat(keys("Pakistani and Russian officials met in Moscow on Wednesday, focusing on militant groups in "
                + "Afghanistan.")).containsExactly("PAK-RUS CONSULT OCCURRED");
    }

    @Test
    void shouldPlanWhatFollowsAPlannedContactButNotWhatFollowsOneThatHappened() {
        assertThat(keys("Xi and Putin are scheduled to hold formal talks at the Kremlin on Thursday, followed by the "
                + "signing of a series of agreements.")).contains("CHN-RUS SIGN_AGREEMENT PLANNED");
        assertThat(keys("Xi and Putin held formal talks at the Kremlin on Tuesday, followed by the signing of a "
                + "series of agreements.")).contains("CHN-RUS SIGN_AGREEMENT OCCURRED");
    }

    @Test
    void shouldNotGiveAPlanTheDayOfTheContactWhoseClauseItFollows() {
        ArticleCoding coding = code("Prime Minister Narendra Modi held talks with US President Donald Trump at the "
                + "White House on Tuesday, and the two leaders agreed to begin negotiations on a trade agreement.");
        assertThat(coding.contacts()).extracting(c -> c.type() + " " + c.status() + " " + c.date().isPublication())
                .containsExactly("NEGOTIATE OCCURRED false", "INTENT_TO_MEET PLANNED true");
        // A contact that happened takes the day of the clause before it: the same occasion.
        ArticleCoding signed = code("Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Beijing on "
                + "Tuesday, and the two ministers signed a memorandum on railways.");
        assertThat(signed.contacts()).extracting(c -> c.type() + " " + c.date().start())
                .contains("SIGN_AGREEMENT 2024-10-22");
    }

    @Test
    void shouldTakeEachDestinationOfAJourneyIntroducedByAndTo() {
        assertThat(keys("US President Donald Trump is due to travel to Qatar on Thursday and to the United Arab "
                + "Emirates on Friday.")).containsExactly("QAT-USA INTENT_TO_MEET PLANNED",
                        "ARE-USA INTENT_TO_MEET PLANNED");
        // A destination of another verb ("talk to") is no leg of the journey.
        assertThat(keys("US President Donald Trump is due to travel to Qatar on Thursday and said he would talk to "
                + "the United Arab Emirates later.")).doesNotContain("ARE-USA INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldTakeThePersonMetForThePronounThatIsInvited() {
        assertThat(keys("Foreign Minister Ishaq Dar also met Russian Deputy Prime Minister Alexei Overchuk, who "
                + "co-chairs the intergovernmental commission, and invited him to Islamabad for its next session."))
                .contains("PAK-RUS INTENT_TO_MEET PLANNED");
        // Nobody of another country to invite.
        assertThat(keys("Foreign Minister Ishaq Dar met Pakistani students in Moscow and invited them to Islamabad."))
                .isEmpty();
    }

    @Test
    void shouldPairCoordinatedSubjectsWithAContactInAnAdjunctOfTheirVerb() {
        assertThat(keys("India and Britain concluded a trade agreement, Prime Minister Narendra Modi and his British "
                + "counterpart Keir Starmer announced after a phone call.")).contains("GBR-IND TELEPHONE OCCURRED");
        // The adjunct of another clause's verb.
        assertThat(keys("Prime Minister Narendra Modi and Prime Minister Keir Starmer welcomed the agreement, "
                + "officials said after a phone call.")).doesNotContain("GBR-IND TELEPHONE OCCURRED");
    }

    @Test
    void shouldGiveAnAgreementSignedInThePassiveToThePairOfTheArticle() {
        assertThat(keys("Prime Minister Shehbaz Sharif will visit China next week at the invitation of Premier Li "
                + "Qiang. Several agreements are expected to be signed.")).contains("CHN-PAK SIGN_AGREEMENT PLANNED");
        // A bill is no agreement between the two.
        assertThat(keys("Prime Minister Shehbaz Sharif will visit China next week at the invitation of Premier Li "
                + "Qiang. The budget bill is expected to be signed on Friday."))
                .doesNotContain("CHN-PAK SIGN_AGREEMENT PLANNED");
    }

    @Test
    void shouldReadAnAppealAsNoCallPaidOnSomeone() {
        assertThat(keys("Washington called on Beijing to show restraint.")).isEmpty();
        assertThat(keys("Foreign Minister Ishaq Dar called on Chinese Premier Li Qiang in Beijing on Monday."))
                .containsExactly("CHN-PAK CONSULT OCCURRED");
    }

    @Test
    void shouldReadAFutureAfterTheWordsOfContactAcrossTheAndOfBetween() {
        assertThat(keys("The European Union said the talks between Serbia and Kosovo would resume on Friday."))
                .containsExactly("SRB-XKX INTENT_TO_MEET PLANNED");
        // An "and" that opens another clause still stops the cue.
        assertThat(keys("Serbia and Kosovo held talks on Monday and officials would resume work on Friday."))
                .containsExactly("SRB-XKX NEGOTIATE OCCURRED");
    }
}
