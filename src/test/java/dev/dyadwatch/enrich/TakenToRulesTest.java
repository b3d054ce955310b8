package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A trip that "will take him to" its next stops ("a tour that will also take him to Qatar and the United Arab
 * Emirates"), on sentences written for this test, each with a control where the words take no person anywhere.
 */
class TakenToRulesTest extends RuleSentences {

    @Test
    void shouldReadAPersonTakenToACountryAsTravellingThere() {
        assertThat(keys("President Donald Trump was welcomed by Crown Prince Mohammed bin Salman in Riyadh, the first "
                + "stop of a tour that will also take him to Qatar and the United Arab Emirates."))
                .contains("QAT-USA INTENT_TO_MEET PLANNED", "ARE-USA INTENT_TO_MEET PLANNED")
                .noneMatch(k -> k.startsWith("QAT-SAU") || k.startsWith("ARE-SAU"));
        // Control: a complaint taken to a country is no visit.
        assertThat(keys("Prime Minister Shehbaz Sharif said Pakistan took its complaint to China on Monday."))
                .isEmpty();
        // Control: with no person in the sentence, no one is known to travel.
        assertThat(keys("The flight will take her to Qatar on Monday.")).isEmpty();
    }

    @Test
    void shouldReadAPersonTakenByNameOnToCountriesAsTravellingThere() {
        assertThat(keys("The summit in Luanda is the first stop of a tour that will take Lula on to Kenya and Ghana "
                + "next week.")).contains("BRA-KEN INTENT_TO_MEET PLANNED", "BRA-GHA INTENT_TO_MEET PLANNED");
        // Control: a tour told in the past took him there; it is no plan.
        assertThat(keys("The summit in Luanda was the first stop of a tour that took Lula on to Kenya and Ghana last "
                + "week."))
                .contains("BRA-KEN VISIT OCCURRED").doesNotContain("BRA-KEN INTENT_TO_MEET PLANNED");
        // Control: with no person named, no one is known to travel.
        assertThat(keys("The summit in Luanda is the first stop of a tour that will take the delegation on to Kenya "
                + "next week.")).isEmpty();
    }
}
