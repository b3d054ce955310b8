package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "hosted him" in a sentence that names both: a second verb of the sentence's subject hosts the person named last;
 * a verb with a subject of its own hosts the person the sentence opened with. A count of occasions ("met him 14
 * times") is a run of past contacts. Sentences written for this test, with controls.
 */
class HostedPronounRulesTest extends RuleSentences {

    private List<String> hostings(String text) {
        return code(text).contacts().stream()
                .filter(c -> c.type() == ContactType.HOST_VISIT || c.type() == ContactType.INTENT_TO_MEET)
                .map(c -> c.actorA().country() + ">" + c.actorB().country() + " " + c.type()).toList();
    }

    @Test
    void shouldReadHimAfterASecondVerbOfTheSubjectAsThePersonNamedLast() {
        assertThat(hostings("Tokayev met Erdogan at a summit in June, and on Monday hosted him at his residence "
                + "outside the capital.")).contains("KAZ>TUR HOST_VISIT");
    }

    @Test
    void shouldReadHimAfterAVerbWithASubjectOfItsOwnAsThePersonTheSentenceOpenedWith() {
        // Control for the direction: here the host is the verb's own subject, not the sentence's first person.
        assertThat(hostings("Erdogan flew on to Almaty, where Tokayev will host him on Friday."))
                .contains("KAZ>TUR INTENT_TO_MEET").doesNotContain("TUR>KAZ INTENT_TO_MEET");
    }

    @Test
    void shouldReadACountOfMeetingsAsPastContacts() {
        assertThat(keys("Tokayev has met Erdogan 14 times as president, aides said."))
                .contains("KAZ-TUR CONSULT HISTORICAL").doesNotContain("KAZ-TUR CONSULT OCCURRED");
        // Control: an ordinal is one meeting, the latest of a series.
        assertThat(keys("Tokayev met Erdogan in Ankara on Monday for the fifth time in two years."))
                .doesNotContain("KAZ-TUR CONSULT HISTORICAL");
    }
}
