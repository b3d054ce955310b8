package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital that labels an item ("Ankara: ..."), that a headline sends someone to ("Modi to Tokyo"), that forces
 * enter, that a delegation goes to, or that names a meal it hosts ("a Kremlin dinner") is a place, not its
 * government. Sentences written for
 * this test, each with a control whose capital keeps speaking for its government.
 */
class CapitalPlaceRulesTest extends RuleSentences {

    /** Each actor of an article with {@code title} over {@code text}, as "Name ISO3". */
    private List<String> actorsWithTitle(String title, String text) {
        return EnrichResources.shared(DictionarySource.BUNDLED).newCoder(CodingLimits.DEFAULT)
                .code(Articles.article(WEDNESDAY, title, text)).resolution().actors().values().stream()
                .map(a -> a.name() + " " + a.country()).toList();
    }

    @Test
    void shouldReadACapitalLabellingAnItemAsAPlace() {
        assertThat(namedActors("Ankara: Hungary's prime minister is due there on Friday for a football match."))
                .doesNotContain("Government of Türkiye TUR");
        // Control: the capital before a verb of speech is its government.
        assertThat(namedActors("Ankara said on Tuesday that Hungary's prime minister was due on Friday."))
                .contains("Government of Türkiye TUR");
    }

    @Test
    void shouldReadACapitalAHeadlineSendsALeaderToAsAPlace() {
        assertThat(actorsWithTitle("Modi to Tokyo, Albanese stays home", "The week ahead is a quiet one."))
                .doesNotContain("Government of Japan JPN");
        // Control: no person before "to", so the capital is the addressee.
        assertThat(actorsWithTitle("Warning to Tokyo as drills begin", "The week ahead is a quiet one."))
                .contains("Government of Japan JPN");
    }

    @Test
    void shouldReadACapitalForcesEnterAsAPlace() {
        assertThat(namedActors("Rebel fighters enter Kabul as the government collapses.")).isEmpty();
        // Control: the capital as a speaker stays its government.
        assertThat(namedActors("Kabul said the fighters had left.")).contains("Government of Afghanistan AFG");
    }

    @Test
    void shouldReadTheCapitalADelegationAndItsMembersGoToAsAPlace() {
        assertThat(namedActors("The minister leads a delegation including Army Chief General Syed Asim Munir to "
                + "Kabul on Monday.")).doesNotContain("Government of Afghanistan AFG");
        // Control: a verb between the delegation and "to" makes the capital whom something is handed to.
        assertThat(namedActors("A delegation of Pakistani traders handed their complaints about the tariffs to "
                + "Kabul.")).contains("Government of Afghanistan AFG");
    }

    @Test
    void shouldReadACapitalBeforeAMealAsItsVenue() {
        assertThat(namedActors("The prime minister attended a Kremlin dinner after the talks."))
                .doesNotContain("Government of Russia RUS");
        // Control: the seat of government as the subject of a verb speaks for its government.
        assertThat(namedActors("The Kremlin hosted a dinner after the talks."))
                .contains("Government of Russia RUS");
    }
}
