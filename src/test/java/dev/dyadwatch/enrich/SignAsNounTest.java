package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Sign" the noun (an indication) is no signing; "sign" the verb is. */
class SignAsNounTest extends RuleSentences {

    @Test
    void shouldNotCodeASignThatTheTwoGovernmentsAgreeAsASigning() {
        assertThat(pairsAndTypes("\"This is another sign that the two governments are committed about visas,\" "
                + "said a former diplomat. India and Australia held talks on Tuesday."))
                .containsExactly("AUS-IND NEGOTIATE");
        assertThat(pairsAndTypes("India and Australia held talks on Tuesday, a clear sign of warming ties."))
                .containsExactly("AUS-IND NEGOTIATE");
        assertThat(pairsAndTypes("Analysts saw the first signs that India and Australia were closing ranks."))
                .isEmpty();
    }

    @Test
    void shouldStillCodeTheVerb() {
        assertThat(pairsAndTypes("India and Australia will sign an agreement on visas on Friday."))
                .containsExactly("AUS-IND SIGN_AGREEMENT");
        assertThat(pairsAndTypes("India and Australia signed an agreement on visas on Tuesday."))
                .containsExactly("AUS-IND SIGN_AGREEMENT");
    }
}
