package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "the two" in a sentence that has named exactly two countries before it, as the subject of words of contact or
 * after "talks between", is that pair, when nothing earlier in the sentence was a contact. Sentences written for
 * this test, with a control that names three.
 */
class TwoNamedBeforeRulesTest extends RuleSentences {

    @Test
    void shouldReadTalksBetweenTheTwoAsThePairTheSentenceNamed() {
        assertThat(keys("Baku rejected Yerevan's latest proposal, but talks between the two are due to resume in "
                + "Geneva next week.")).contains("ARM-AZE INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldReadTheTwoAsSubjectAsThePairTheSentenceNamed() {
        assertThat(keys("Erdogan criticised Netanyahu's government on Monday, but the two will meet in New York next "
                + "month.")).contains("ISR-TUR INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotPickTwoOfThreeCountriesTheSentenceNamed() {
        // Control: with three countries named, the words do not say which two.
        assertThat(keys("Baku rejected proposals from Yerevan and Moscow, but talks between the two are due to "
                + "resume in Geneva next week.")).isEmpty();
    }
}
