package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactType;
import org.junit.jupiter.api.Test;

/**
 * Whoever returns a visit travels to the country that came to them. Sentences written for this test, with a
 * control where "return" is a trip home.
 */
class ReturnedVisitRulesTest extends RuleSentences {

    @Test
    void shouldReadAReturnedVisitAsATripToTheEarlierVisitorsCountry() {
        // The visit of June is Mirziyoyev's, to Kazakhstan.
        assertThat(code("After Tokayev went to Tashkent in March 2023, Mirziyoyev returned the visit in June 2023.")
                .contacts().stream().filter(c -> c.type() == ContactType.VISIT)
                .map(c -> c.actorA().country() + ">" + c.actorB().country() + " " + c.date().start()))
                .contains("UZB>KAZ 2023-06-01");
        assertThat(keys("Tokayev was in Tashkent on Monday. Mirziyoyev is expected to return the visit next year, "
                + "when Kazakhstan hosts the council."))
                .contains("KAZ-UZB INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotReadAReturnHomeAsAReturnedVisit() {
        // Control: returning home after a visit is no new visit to anyone.
        assertThat(keys("Mirziyoyev returned to Tashkent on Monday after the visit, Tokayev's office said."))
                .doesNotContain("KAZ-UZB VISIT OCCURRED");
    }
}
