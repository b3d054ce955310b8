package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Contacts", "exchanges" and "engagement" between two countries: a consultation when a verb says it happened or
 * is planned, negated after "no", and nothing when the words name a relationship or trade.
 */
class ContactNounRulesTest extends RuleSentences {

    @Test
    void shouldCodeContactsThatResumedOrWereHeld() {
        assertThat(keys("Contacts between India and China resumed on Tuesday after a pause."))
                .containsExactly("CHN-IND CONSULT OCCURRED");
        assertThat(keys("Russia held contacts with Pakistan on Tuesday, the ministry said."))
                .containsExactly("PAK-RUS CONSULT OCCURRED");
    }

    @Test
    void shouldCodeNoContactsAsNegated() {
        assertThat(keys("There have been no contacts between India and Pakistan since May."))
                .containsExactly("IND-PAK CONSULT NEGATED");
    }

    @Test
    void shouldNotCodeARelationshipOrTradeAsAContact() {
        assertThat(keys("Contacts between India and China matter for the region, analysts said.")).isEmpty();
        assertThat(keys("Trade exchanges between India and China held up well on Tuesday.")).isEmpty();
        assertThat(keys("Moscow has stepped up its engagement with Islamabad this year.")).isEmpty();
    }
}
