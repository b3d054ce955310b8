package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short name that is also an English word: "To" opening a sentence is the word, not To Lam, Vietnam's president
 * on the day these sentences are dated (June 2024, within his term); a monarch's title in a headline ("Amir, Modi hold
 * talks") is the office, not a minister's given name.
 */
class ShortNameRulesTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    @Test
    void shouldReadAnOpeningToAsTheWordNotAsAVietnameseLeader() {
        assertThat(mentions("2024-06-20", "To avoid a clash at the border, Prime Minister Narendra Modi met "
                + "President Xi Jinping.")).noneMatch(m -> m.contains("VNM."));
        // Control: the name written in full is the president.
        assertThat(mentions("2024-06-20", "Vietnamese President To Lam met President Vladimir Putin in "
                + "Hanoi.")).contains("To Lam -> VNM.to-lam");
    }

    @Test
    void shouldReadAGivenNameThatIsAnEnglishWordAsTheWord() {
        // Bill Blair was Canada's defence minister and Mark Rutte the Netherlands' prime minister in May 2024.
        assertThat(mentions("2024-05-20", "Lawmakers debated the Finance Bill while President William Ruto met "
                + "President Joe Biden.")).noneMatch(m -> m.contains("CAN."));
        assertThat(mentions("2024-05-20", "Mark the date: President Joe Biden hosts President William Ruto on "
                + "Thursday.")).noneMatch(m -> m.contains("NLD."));
        // Control: a given name that is no English word still names the one holder of an office who bears it.
        assertThat(mentions("2024-05-20", "Olaf met President Emmanuel Macron in Paris."))
                .contains("Olaf -> DEU.olaf-scholz");
    }

    @Test
    void shouldReadAMonarchsTitleInAHeadlineAsTheOfficeNotAsAGivenName() {
        assertThat(headlineMentions("Amir, Modi hold talks in New Delhi"))
                .noneMatch(m -> m.contains("AFG.amir-khan-muttaqi"));
        // Control: the minister's surname in a headline still names him.
        assertThat(headlineMentions("Muttaqi, Modi hold talks in New Delhi"))
                .contains("Muttaqi -> AFG.amir-khan-muttaqi");
    }

    /** The mentions of an article with {@code headline} as its title (20 June 2024), as "text -> actor id". */
    private List<String> headlineMentions(String headline) {
        return coder.code(Articles.article("2024-06-20T08:00:00Z", headline, "The talks went well."))
                .resolution().allMentions().stream().map(m -> m.text() + " -> " + m.actor().id()).toList();
    }
}
