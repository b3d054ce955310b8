package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A country's office set off by commas before the holder's name introduces an official of that country when the
 * title stands behind a qualifier ("Kenya's new foreign minister, X,"), behind a portfolio the title words lack
 * ("Ghana's sports minister, X,"), or is an office of several capitalised words before a ranked name ("Chile's
 * Director General of Civil Aviation, Colonel X,"). Sentences written for this test, with controls.
 */
class OwnedTitleRulesTest extends RuleSentences {

    @Test
    void shouldIntroduceTheHolderOfAQualifiedTitle() {
        assertThat(mentions("2024-10-23", "Kenya's new foreign minister, Daniel Omondi, is expected in Addis Ababa "
                + "next week.")).contains("Daniel Omondi -> intro:KEN:daniel-omondi");
        // Control: a qualified word that is no title introduces no one.
        assertThat(mentions("2024-10-23", "Kenya's new stadium, Daniel Omondi said, will open next week."))
                .noneMatch(m -> m.startsWith("Daniel Omondi -> intro:KEN"));
    }

    @Test
    void shouldIntroduceTheMinisterOfAPortfolioTheTitleWordsLack() {
        String text = "Ghana's sports minister, Kojo Mensah, spoke by phone with his Kenyan counterpart on Monday.";
        assertThat(mentions("2024-10-23", text)).contains("Kojo Mensah -> intro:GHA:kojo-mensah");
        assertThat(keys(text)).contains("GHA-KEN TELEPHONE OCCURRED");
        // Control: the same words with no name set off after them are no introduction.
        assertThat(mentions("2024-10-23", "Ghana's sports minister said on Monday that Kojo Mensah would "
                + "lead the delegation.")).noneMatch(m -> m.startsWith("Kojo Mensah -> intro:GHA"));
    }

    @Test
    void shouldIntroduceTheRankedHolderOfAnOfficeOfSeveralWords() {
        assertThat(mentions("2024-10-23", "Chile's Director General of Civil Aviation, Colonel Pedro Rojas, met "
                + "his Peruvian counterpart in Lima.")).contains("Pedro Rojas -> intro:CHL:pedro-rojas");
        // Control: with no rank before the name, the capitalised words may be anything; no one is introduced.
        assertThat(mentions("2024-10-23", "Chile's Director General of Civil Aviation, Pedro Rojas and two pilots "
                + "flew to Lima.")).noneMatch(m -> m.startsWith("Pedro Rojas -> intro:CHL"));
    }
}
