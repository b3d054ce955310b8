package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's own council whose name holds an organisation's ("Supreme National Security Council" holds "Security
 * Council") is that country's government or no actor, never the organisation; each with a control where the
 * organisation is meant.
 */
class NationalBodyRulesTest extends RuleSentences {

    private List<String> actors(String text) {
        return code(text).resolution().actors().values().stream().map(a -> a.id()).toList();
    }

    @Test
    void shouldReadIransSupremeNationalSecurityCouncilAsIranNotTheUnitedNations() {
        assertThat(actors("Iran's Supreme National Security Council said the talks with Russia would continue."))
                .containsExactlyInAnyOrder("IRN", "RUS");
        assertThat(actors("The Supreme National Security Council met in Tehran on Sunday."))
                .containsExactly("IRN");
        // Control: the Security Council on its own is the United Nations'.
        assertThat(actors("The Security Council met on Friday to discuss Ukraine."))
                .containsExactlyInAnyOrder("ORG.UNSC", "UKR");
    }

    @Test
    void shouldReadANationalSecurityCouncilAsNoOrganisation() {
        assertThat(actors("India's National Security Council met on Tuesday.")).containsExactly("IND");
        assertThat(actors("The US National Security Council said it was reviewing the report."))
                .containsExactly("USA");
        // Control: the UN's council named with its owner stays the organisation.
        assertThat(actors("The UN Security Council met on Friday to discuss Ukraine."))
                .containsExactlyInAnyOrder("ORG.UNSC", "UKR");
    }

    @Test
    void shouldReadTheSecurityCouncilOfRussiaAsRussia() {
        assertThat(actors("Sergei Shoigu, secretary of the Security Council of Russia, met Chinese Foreign "
                + "Minister Wang Yi in Beijing.")).doesNotContain("ORG.UNSC").contains("RUS", "CHN.wang-yi");
        assertThat(actors("Russia's Security Council met on Friday.")).containsExactly("RUS");
        // Control: Russia at the United Nations' council is Russia and the organisation.
        assertThat(actors("Russia vetoed the draft at the U.N. Security Council on Friday."))
                .containsExactlyInAnyOrder("RUS", "ORG.UNSC");
    }

    @Test
    void shouldTellTheEuropeanCouncilFromTheCouncilOfEurope() {
        assertThat(actors("The European Council approved the package for Ukraine."))
                .containsExactlyInAnyOrder("ORG.EU", "UKR");
        assertThat(actors("The Council of Europe condemned Russia.")).containsExactlyInAnyOrder("ORG.COE", "RUS");
        // Control: a regional council whose name holds no other organisation's is itself.
        assertThat(actors("The Gulf Cooperation Council welcomed the deal between Iran and Saudi Arabia."))
                .containsExactlyInAnyOrder("ORG.GCC", "IRN", "SAU");
    }
}
