package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A negation of what was said about a contact ("gave no details of what was discussed") leaves the contact as it
 * was, on sentences written for this test, each with a control where the contact itself is negated.
 */
class WithheldContentRulesTest extends RuleSentences {

    @Test
    void shouldNotNegateAMeetingWhoseContentIsWithheld() {
        assertThat(keys("Erdogan met Aliyev in Baku on Monday. Turkish television showed the two men shaking hands "
                + "but gave no details of what was discussed."))
                .doesNotContain("AZE-TUR CONSULT NEGATED");
        assertThat(keys("Erdogan met Aliyev in Baku on Monday, but his office did not say what was discussed."))
                .doesNotContain("AZE-TUR CONSULT NEGATED").isNotEmpty();
        // Control: a meeting that did not take place is negated.
        assertThat(keys("Erdogan did not meet Aliyev in Baku on Monday."))
                .containsExactly("AZE-TUR CONSULT NEGATED");
    }
}
