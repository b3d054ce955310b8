package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Calls told by their order ("The first call that mattered came on February 3", "A second call, on March 6, ..."),
 * on sentences written for this test, each with a control where "call" or its order says something else.
 */
class OrdinalCallRulesTest extends RuleSentences {

    @Test
    void shouldReadACallToldByItsOrderAsATelephoneCall() {
        assertThat(keys("The second call came on Monday, when Prime Minister Shehbaz Sharif thanked President "
                + "Vladimir Putin for the wheat.")).containsExactly("PAK-RUS TELEPHONE OCCURRED");
        // Control: a call for something is an appeal, whatever its order.
        assertThat(keys("The second call for restraint came on Monday, when Prime Minister Shehbaz Sharif "
                + "thanked President Vladimir Putin for the wheat.")).isEmpty();
    }

    @Test
    void shouldPairTheOnlyTwoPeopleOfASentenceThatOpensWithAnOrdinalCall() {
        assertThat(keys("A second call, on Monday, won a further reprieve, and President Vladimir Putin said he had "
                + "granted it out of respect for Prime Minister Shehbaz Sharif."))
                .containsExactly("PAK-RUS TELEPHONE OCCURRED");
        // Control: a call that does not open the sentence joins no one the words do not join.
        assertThat(keys("Markets rallied after a second call, and President Vladimir Putin said he had granted "
                + "it out of respect for Prime Minister Shehbaz Sharif.")).isEmpty();
        // Control: with three people, the call's two are not known.
        assertThat(keys("A second call, on Monday, won a further reprieve, and President Vladimir Putin thanked "
                + "Prime Minister Shehbaz Sharif and President Xi Jinping for their patience.")).isEmpty();
    }
}
