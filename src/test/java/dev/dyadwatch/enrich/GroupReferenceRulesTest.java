package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * References back to a group of countries: "the two" after a deal of three countries is the pair, not two of the
 * three; "the three countries" are the three just named; "the parties" as a subject is the pair. Sentences written
 * for this test, each with a control.
 */
class GroupReferenceRulesTest extends RuleSentences {

    private static final String VISIT = "President Kassym-Jomart Tokayev arrived in Tashkent on Monday for a state "
            + "visit to Uzbekistan. ";
    private static final String OF_THREE = "Last spring, a transit accord was signed in Ashgabat by the ministers of "
            + "Kazakhstan, Uzbekistan and Turkmenistan. ";

    @Test
    void shouldReadTheTwoAfterADealOfThreeAsThePairOfTheVisit() {
        assertThat(keys(VISIT + OF_THREE + "The leaders of the two countries last spoke by telephone in March."))
                .contains("KAZ-UZB TELEPHONE HISTORICAL")
                .doesNotContain("TKM-UZB TELEPHONE HISTORICAL", "KAZ-TKM TELEPHONE HISTORICAL");
        // Control: with no deal of three in between, the pair is the visit's as before.
        assertThat(keys(VISIT + "The leaders of the two countries last spoke by telephone in March."))
                .contains("KAZ-UZB TELEPHONE HISTORICAL");
    }

    @Test
    void shouldReadTheThreeCountriesAsEachPairOfTheThreeJustNamed() {
        String met = "The foreign ministers of Kazakhstan, Uzbekistan and Turkmenistan met in Ashgabat on Monday. ";
        assertThat(pairsAndTypes(met + "A summit of the three countries is planned for the autumn."))
                .contains("KAZ-TKM INTENT_TO_MEET", "TKM-UZB INTENT_TO_MEET", "KAZ-UZB INTENT_TO_MEET");
        // Control: "the three" counting something else refers to no countries.
        assertThat(pairsAndTypes(met + "A summit on the three projects is planned for the autumn."))
                .doesNotContain("KAZ-TKM INTENT_TO_MEET", "TKM-UZB INTENT_TO_MEET");
    }

    @Test
    void shouldCountAHostsOwnPairsAmongTheThreeCountries() {
        String hosted = "On Friday, Russia's Foreign Minister Sergei Lavrov hosts his Chinese and Iranian "
                + "counterparts, Wang Yi and Abbas Araghchi, in Moscow for a trilateral meeting. ";
        assertThat(keys(hosted + "A summit of the three countries is planned for December."))
                .filteredOn(k -> k.endsWith("INTENT_TO_MEET PLANNED")).hasSize(6);
        // Control: "the three" with no gathering of three before it is no pair either.
        assertThat(keys("Lavrov met Wang Yi in Moscow on Monday. A summit of the three countries is planned."))
                .containsExactly("CHN-RUS CONSULT OCCURRED");
    }

    @Test
    void shouldReadATrilateralContactInASentenceWithNoCountryAsTheThreeJustNamed() {
        String met = "The foreign ministers of Kazakhstan, Uzbekistan and Turkmenistan met in Ashgabat on Monday. ";
        assertThat(keys(met + "They agreed to hold the next trilateral dialogue in Tashkent in June."))
                .filteredOn(k -> k.endsWith("INTENT_TO_MEET PLANNED")).hasSize(3);
        // Control: a sentence that names its own parties keeps them.
        assertThat(keys(met + "Kazakhstan and Uzbekistan agreed to hold a trilateral dialogue with Turkey in June."))
                .filteredOn(k -> k.contains("TKM") && k.endsWith("PLANNED")).isEmpty();
    }

    @Test
    void shouldReadAContactWithNoDateYetAsPlanned() {
        String talks = "Tokayev and Mirziyoyev held talks in Astana on Monday. ";
        assertThat(keys(talks + "A visit by Tokayev to Tashkent has no date yet."))
                .contains("KAZ-UZB INTENT_TO_MEET PLANNED");
        assertThat(keys(talks + "A visit by Tokayev to Tashkent is yet to be scheduled."))
                .contains("KAZ-UZB INTENT_TO_MEET PLANNED");
        assertThat(keys(talks + "A visit by Tokayev to Tashkent, which both sides want, has no date yet."))
                .contains("KAZ-UZB INTENT_TO_MEET PLANNED");
        // Control: what is yet to be done to a signed text is no plan of the signing.
        assertThat(keys("Tokayev and Mirziyoyev signed a border treaty on Monday; the treaty is yet to be ratified."))
                .contains("KAZ-UZB SIGN_AGREEMENT OCCURRED");
    }

    @Test
    void shouldReadThePartiesAsTheSubjectOfTheVisitsPair() {
        assertThat(keys(VISIT + "On Tuesday, the parties are expected to sign a package of trade documents."))
                .contains("KAZ-UZB SIGN_AGREEMENT PLANNED");
        // Control: "the parties" that are not the subject ("the parties to the dispute") point to no pair.
        assertThat(keys(VISIT + "On Tuesday, lawyers for the parties to the dispute are expected to sign papers."))
                .doesNotContain("KAZ-UZB SIGN_AGREEMENT PLANNED");
    }
}
