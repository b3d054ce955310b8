package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People the dictionary does not know, introduced by the ways news copy sets a name beside an office: a title with
 * its remit ("ambassador to China, X,"), a predicate noun ("X was the last Pakistani trade minister"), a seat of
 * government's spokesman, an officer whose rank follows a post the title list lacks, the head of a named unit, the
 * leader of a delegation and an official in a sentence that opens on its own place. Sentences written for this
 * test, each with a control that must not change.
 */
class PersonIntroductionRulesTest extends RuleSentences {

    @Test
    void shouldIntroduceANameAfterATitleWithItsRemit() {
        assertThat(namedActors("India's ambassador to China, Pradeep Kumar Rawat, said the talks went well."))
                .contains("Pradeep Kumar Rawat IND");
        assertThat(namedActors("Pakistan's special envoy for Iran, Farhan Aziz Qadri, said the border would reopen."))
                .contains("Farhan Aziz Qadri PAK").doesNotContain("Farhan Aziz Qadri IRN");
    }

    @Test
    void shouldIntroduceTheSubjectOfAPredicateTitle() {
        assertThat(namedActors("Tariq Mehmood Sheikh was the last Pakistani trade minister to travel to Dhaka."))
                .contains("Tariq Mehmood Sheikh PAK");
        // Control: a titled person who acts on the subject does not lend the subject his office.
        assertThat(namedActors("Tariq Mehmood Sheikh was received by the Pakistani trade minister in Dhaka."))
                .noneMatch(a -> a.startsWith("Tariq Mehmood Sheikh"));
    }

    @Test
    void shouldTakeTheCountryOfASeatOfGovernmentBeforeATitle() {
        assertThat(namedActors("Dmitry Peskov, the Kremlin's spokesman, said the talks went well."))
                .contains("Dmitry Peskov RUS");
    }

    @Test
    void shouldIntroduceAnOfficerWhoseRankFollowsAnUnlistedPost() {
        assertThat(namedActors("India's DGMO, Lieutenant General Anil Kumar Rawat, phoned his counterpart on Monday."))
                .contains("Anil Kumar Rawat IND");
        // Control: a post with no name after it introduces no one.
        assertThat(namedActors("India's DGMO phoned his counterpart on Monday."))
                .noneMatch(a -> a.contains("Rawat"));
    }

    @Test
    void shouldIntroduceTheRankedHeadOfANamedUnitNotTheUnit() {
        assertThat(namedActors("Japan's defence minister is to meet the commander of US Pacific Fleet, Admiral Samuel "
                + "Paparo, in Tokyo.")).contains("Samuel Paparo USA").doesNotContain("Pacific Fleet USA");
    }

    @Test
    void shouldGiveTheLeaderOfADelegationItsCountry() {
        assertThat(namedActors("An Afghan delegation led by acting Commerce Minister Hedayatullah Badri will visit "
                + "Tashkent next week.")).contains("Hedayatullah Badri AFG");
        // Control: without a group before "led by", the title alone gives no country.
        assertThat(namedActors("The talks were led by acting Commerce Minister Hedayatullah Badri last week."))
                .noneMatch(a -> a.startsWith("Hedayatullah Badri"));
    }

    @Test
    void shouldGiveAnOfficialTheCountryOfThePlaceHisSentenceOpensOn() {
        assertThat(namedActors("In Kabul, government spokesman Hamdullah Fitrat said the border would open on Friday."))
                .contains("Hamdullah Fitrat AFG");
        // Control: a nationality before the title still decides.
        assertThat(namedActors("In Kabul, Pakistani envoy Ahmad Yar Khan said the border would open on Friday."))
                .contains("Ahmad Yar Khan PAK").doesNotContain("Ahmad Yar Khan AFG");
    }

    @Test
    void shouldGiveAnAmbassadorApposedAfterItsTheStateNamedLastBeforeIt() {
        assertThat(namedActors("Washington has cut aid to Chile, expelled its ambassador, Pablo Ignacio Rojas, in "
                + "March and angered Santiago.")).contains("Pablo Ignacio Rojas CHL").doesNotContain(
                "Pablo Ignacio Rojas USA");
    }

    @Test
    void shouldKeepALocalOfficialLocalWhenHisSentenceNamesHisCountryOnlyInAPair() {
        ArticleCoding coding = code("NAIROBI - Prime Cabinet Secretary Joseph Kiprono "
                + "Ngetich said a meeting of the Kenya-Uganda trade commission would be held in May.");
        assertThat(coding.resolution().actors().values()).anyMatch(a -> a.name().equals("Joseph Kiprono Ngetich")
                && "KEN".equals(a.country()));
        // Control: a sentence that names Kenya on its own still reads the titled stranger as the visitor.
        assertThat(code("NAIROBI - Uganda's president will visit Kenya in May, Prime "
                + "Cabinet Secretary Joseph Kiprono Ngetich said.").resolution().actors().values())
                .noneMatch(a -> a.name().equals("Joseph Kiprono Ngetich") && "KEN".equals(a.country()));
    }

    @Test
    void shouldGiveATitleAfterASeatOfGovernmentThatCountry() {
        assertThat(namedActors("Kremlin spokesman Yuri Ivanovich Petrov told reporters the talks went well."))
                .contains("Yuri Ivanovich Petrov RUS");
        assertThat(namedActors("White House press secretary Jane Ellen Porter said the talks with Moscow went well."))
                .contains("Jane Ellen Porter USA");
        // Control: a capital that speaks does not lend its country to the titled stranger it speaks about.
        assertThat(namedActors("Moscow said Foreign Minister Ahmad Shah Durrani would visit on Monday."))
                .noneMatch(a -> a.startsWith("Ahmad Shah Durrani"));
    }
}
