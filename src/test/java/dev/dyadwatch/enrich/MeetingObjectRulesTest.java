package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a meeting's object is: talks named as its purpose ("met Wang Yi for talks") are the meeting's, and a second
 * predicate after ", and" ("and called for talks with Pakistan") brings no partner of its own to the meeting. On
 * sentences written for this test, each with a control.
 */
class MeetingObjectRulesTest extends RuleSentences {

    @Test
    void shouldReadTalksThatAreTheMeetingsPurposeAsTheMeetingsOwn() {
        assertThat(keys("External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi for talks on "
                + "the border dispute."))
                .containsExactly("CHN-IND NEGOTIATE OCCURRED");
        // Control: a meeting without talks stays a consultation.
        assertThat(keys("External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on the border "
                + "dispute."))
                .containsExactly("CHN-IND CONSULT OCCURRED");
    }

    @Test
    void shouldNotTakeTheObjectOfASecondPredicateAsAPartnerOfTheMeeting() {
        assertThat(keys("External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi, and called for "
                + "talks with Pakistan."))
                .containsExactly("CHN-IND CONSULT OCCURRED");
        // Control: a second partner after ", and" without a verb of its own is one the meeting had.
        assertThat(keys("External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi, and later "
                + "Pakistani Foreign Minister Ishaq Dar."))
                .containsExactly("CHN-IND CONSULT OCCURRED", "IND-PAK CONSULT OCCURRED");
    }
}
