package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The kingdom", "the emirate": the one country of that kind the article has named. */
class StateKindRulesTest extends RuleSentences {

    @Test
    void shouldReadTheKingdomAsTheOneKingdomNamedBefore() {
        String text = "The Saudi foreign minister met Iranian officials in Riyadh on Tuesday. "
                + "The kingdom has signed a defence pact with Pakistan.";
        assertThat(keys(text)).contains("PAK-SAU SIGN_AGREEMENT OCCURRED");
        assertThat(code(text).resolution().sentenceMentions().get(1))
                .anyMatch(m -> m.text().equals("The kingdom") && "SAU".equals(m.country()));
    }

    @Test
    void shouldReadTheEmirateAsTheOneEmirateNamed() {
        assertThat(keys("Taliban officials in Afghanistan said on Tuesday they were ready to talk. "
                + "The emirate held talks with Pakistan on Tuesday."))
                .contains("AFG-PAK NEGOTIATE OCCURRED");
    }

    @Test
    void shouldLeaveTheKingdomAloneWhenTwoKingdomsOrNoneAreNamed() {
        assertThat(keys("Jordanian and Saudi officials met in Amman on Monday. "
                + "The kingdom has signed a defence pact with Pakistan."))
                .noneMatch(k -> k.startsWith("PAK-"));
        assertThat(keys("Iranian officials met Indian officials in Tehran on Monday. "
                + "The kingdom has signed a defence pact with Pakistan."))
                .noneMatch(k -> k.startsWith("PAK-"));
    }

    @Test
    void shouldNotReadANamedKingdomOrAnotherCountryAsAReference() {
        assertThat(keys("Saudi officials met in Riyadh on Monday. "
                + "Pakistan signed a defence pact with the United Kingdom on Tuesday."))
                .containsExactly("GBR-PAK SIGN_AGREEMENT OCCURRED");
    }
}
