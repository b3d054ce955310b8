package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The two ministers held talks ..." after sentences that named the two sides but coded no contact: in an article
 * that has told no contact yet, the pair is the two the nearest sentences named, when they name exactly two
 * countries; after a contact, only when they are the pair of a contact told earlier. Sentences written for this
 * test, with controls that name three countries or a pair named in passing after a contact.
 */
class PairNamedBeforeRulesTest extends RuleSentences {

    @Test
    void shouldReadTheTwoMinistersAsThePeopleNamedBeforeWithoutAContact() {
        assertThat(keys("Kenyan Defence Cabinet Secretary Soipan Tuya toured the Mombasa shipyard on Tuesday beside "
                + "Indian Defence Minister Rajnath Singh. The yard hopes to build patrol boats for the coast guard. "
                + "The two ministers held talks in Nairobi on Wednesday.")).contains("IND-KEN NEGOTIATE OCCURRED");
    }

    @Test
    void shouldReadTheTwoCountriesAsTheCountriesNamedBefore() {
        assertThat(keys("Chile and Peru have quarrelled over fishing grounds for a decade. Catches in Arica are "
                + "down by a third. Navies of the two countries held a joint exercise off Iquique in March."))
                .contains("CHL-PER MILITARY_COOPERATION HISTORICAL");
    }

    @Test
    void shouldNotPickTwoOfThreeCountriesNamedBefore() {
        // Control: three countries named, so "the two" says nothing about which.
        assertThat(keys("Chile, Bolivia and Peru have quarrelled over water for a decade. Catches in Arica are "
                + "down by a third. Navies of the two countries held a joint exercise off Iquique in March."))
                .isEmpty();
    }

    @Test
    void shouldKeepTheContactToldJustBeforeAsThePair() {
        // Control: the sentence before coded a call of another pair; "the two" is that pair, as before.
        assertThat(keys("Chile and Peru have quarrelled over fishing grounds for a decade. Boric spoke by phone "
                + "with Milei on Monday. The two leaders agreed to meet in Santiago in December."))
                .contains("ARG-CHL INTENT_TO_MEET PLANNED").doesNotContain("CHL-PER INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldKeepTheContactToldFirstOverCountriesNamedInBetween() {
        // Control: after a call, a sentence naming two other countries does not change whose "two sides" they are.
        assertThat(keys("Boric spoke by phone with Milei on Monday. Peru had rejected the proposal Bolivia made "
                + "last year. The two sides agreed that talks would begin in Santiago in December."))
                .contains("ARG-CHL INTENT_TO_MEET PLANNED").doesNotContain("BOL-PER INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldReturnToThePairOfAnEarlierContactNamedJustBefore() {
        assertThat(keys("David Lammy spoke by phone with Jaishankar on Monday. On Tuesday, Vladimir Putin and "
                + "Kim Jong Un signed a treaty in Pyongyang. Jaishankar said London's support for New Delhi "
                + "remained firm. The two ministers agreed to meet in Delhi next month."))
                .contains("GBR-IND INTENT_TO_MEET PLANNED")
                .doesNotContain("PRK-RUS INTENT_TO_MEET PLANNED");
    }
}
