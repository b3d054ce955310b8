package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title before a bare surname names whoever holds that office on the article's day, even when the article also
 * names a namesake in full; a bare surname with no title stays with the one named in full.
 */
class TitledSurnameRulesTest {

    @Test
    void shouldReadDefenceMinisterKoizumiAsTheMinisterWhenHisFatherIsNamedLater() {
        List<String> found = mentions("2025-11-04", "Defence Minister Koizumi hosted Pete Hegseth at the ministry "
                + "on Tuesday. Koizumi noted that Junichiro Koizumi had been the last prime minister to visit "
                + "Pyongyang. Koizumi called the meeting productive.");
        assertThat(found).contains("Junichiro Koizumi -> JPN.junichiro-koizumi")
                .doesNotContain("Koizumi -> JPN.junichiro-koizumi");
        assertThat(found.stream().filter(m -> m.equals("Koizumi -> JPN.shinjiro-koizumi"))).hasSize(3);
    }

    @Test
    void shouldReadAFormerTitleWithASurnameAsTheEarlierHolder() {
        assertThat(mentions("2025-11-04", "Japanese Defence Minister Shinjiro Koizumi met his Australian "
                + "counterpart. Former Prime Minister Koizumi sent a message."))
                .contains("Shinjiro Koizumi -> JPN.shinjiro-koizumi", "Koizumi -> JPN.junichiro-koizumi");
    }

    @Test
    void shouldKeepABareSurnameWithTheOneNamedInFullWhenNoTitleSaysOtherwise() {
        assertThat(mentions("2025-11-04", "Junichiro Koizumi flew to Pyongyang in September 2002. Koizumi spent "
                + "a single day there."))
                .contains("Junichiro Koizumi -> JPN.junichiro-koizumi", "Koizumi -> JPN.junichiro-koizumi")
                .doesNotContain("Koizumi -> JPN.shinjiro-koizumi");
    }
}
