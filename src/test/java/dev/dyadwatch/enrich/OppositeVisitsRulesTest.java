package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two visits of one pair in opposite directions, each with a date of its own, are two events even in one sentence.
 * Sentences written for this test, with a control where one visit is told twice.
 */
class OppositeVisitsRulesTest extends RuleSentences {

    private List<String> visits(String text) {
        return code(text).contacts().stream().filter(c -> c.type() == ContactType.VISIT)
                .map(c -> c.actorA().country() + ">" + c.actorB().country() + " " + c.date().start()).toList();
    }

    @Test
    void shouldKeepBothVisitsOfAPairMadeInOppositeDirections() {
        assertThat(visits("Tokayev paid a state visit to Uzbekistan in March 2023, while Mirziyoyev last visited "
                + "Kazakhstan in November 2022."))
                .containsExactlyInAnyOrder("KAZ>UZB 2023-03-01", "UZB>KAZ 2022-11-01");
    }

    @Test
    void shouldKeepOneVisitWhenTheSameTripIsToldTwice() {
        // Control: an arrival on Monday for a visit that goes on to Tuesday is one trip, in one direction.
        assertThat(visits("Tokayev arrived in Tashkent on Monday for a two-day state visit that ends with a "
                + "parade on Tuesday.")).hasSize(1);
    }
}
