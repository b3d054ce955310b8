package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A signing "in the presence of" a third country's official, and one whose agents follow its place and day, on
 * sentences written for this test, with a control:
 * the witness is no party to the agreement, a third signatory is.
 */
class WitnessedSigningRulesTest extends RuleSentences {

    @Test
    void shouldLeaveTheWitnessOfASigningOutOfTheAgreement() {
        assertThat(keys("The memorandum was signed by Foreign Minister Ishaq Dar and Foreign Minister Wang Yi in the "
                + "presence of President Vladimir Putin on Monday."))
                .containsExactly("CHN-PAK SIGN_AGREEMENT OCCURRED");
        // Control: a third name among the signatories signs too.
        assertThat(keys("The memorandum was signed by Foreign Minister Ishaq Dar, Foreign Minister Wang Yi and "
                + "President Vladimir Putin on Monday.")).anyMatch(k -> k.contains("RUS") && k.contains("SIGN"));
    }

    @Test
    void shouldReachTheSignatoriesOfAPassiveSigningPastItsPlaceAndDay() {
        assertThat(keys("The agreement was signed at a closing session on Friday by Ishaq Dar, Pakistan's foreign "
                + "minister, and Wang Yi, China's foreign minister, in the presence of Vladimir Putin."))
                .containsExactly("CHN-PAK SIGN_AGREEMENT OCCURRED");
        // Control: a second name outside the agents ("while ... watched") signs nothing.
        assertThat(keys("The agreement was signed at a closing session on Friday by Ishaq Dar, Pakistan's foreign "
                + "minister, while Wang Yi, China's foreign minister, watched.")).isEmpty();
    }

    @Test
    void shouldTakeTheSignersOfAPassiveSigningFromTheThingSignedBetweenThem() {
        assertThat(keys("Foreign Minister Sergey Lavrov said a treaty on comprehensive strategic partnership "
                + "between Russia and Iran was ready and would be signed in the near future."))
                .containsExactly("IRN-RUS SIGN_AGREEMENT PLANNED");
        // Control: what stands between the two is talks, and the deal signed is with someone else.
        assertThat(keys("Talks between Russia and Iran went well, and a deal with China will be signed soon."))
                .containsExactly("IRN-RUS NEGOTIATE OCCURRED");
    }

    @Test
    void shouldReadDocumentsExchangedAsSigned() {
        assertThat(keys("Prime Minister Narendra Modi and Prime Minister Sheikh Hasina exchanged ten memoranda of "
                + "understanding on Saturday.")).containsExactly("BGD-IND SIGN_AGREEMENT OCCURRED");
        // Controls: fire and prisoners exchanged are no signing.
        assertThat(keys("India and Pakistan exchanged fire across the Line of Control.")).isEmpty();
        assertThat(keys("Russia and Ukraine exchanged prisoners on Friday.")).isEmpty();
    }
}
