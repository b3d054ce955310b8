package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Top diplomat" names whom the press calls so on the article's day: in China from 30 December 2022 the director
 * of the party's foreign affairs office, Wang Yi, even while Qin Gang was foreign minister; elsewhere the
 * foreign minister.
 */
class TopDiplomatRulesTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    private List<String> actors(String day, String text) {
        return coder.code(article(day + "T10:00:00Z", "Report", text)).resolution().actors().values().stream()
                .map(a -> a.id()).toList();
    }

    @Test
    void shouldReadChinasTopDiplomatInMarch2023AsWangYiNotTheForeignMinister() {
        assertThat(actors("2023-03-10", "China's top diplomat held talks with Russia's foreign minister in Moscow."))
                .contains("CHN.wang-yi", "RUS.sergey-lavrov").doesNotContain("CHN.qin-gang");
        // Control: the foreign minister that day is still Qin Gang.
        assertThat(actors("2023-03-10", "China's foreign minister held talks with Russia's foreign minister in "
                + "Moscow.")).contains("CHN.qin-gang").doesNotContain("CHN.wang-yi");
    }

    @Test
    void shouldReadAnOrdinaryCountrysTopDiplomatAsItsForeignMinister() {
        assertThat(actors("2024-03-10", "Britain's top diplomat held talks with Russia's foreign minister in "
                + "Moscow.")).contains("GBR.david-cameron");
        assertThat(actors("2021-03-10", "China's top diplomat held talks with Russia's foreign minister in "
                + "Moscow.")).contains("CHN.wang-yi");
    }
}
