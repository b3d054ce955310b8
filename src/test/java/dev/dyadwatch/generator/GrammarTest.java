package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrammarTest {

    /** Fills every slot with its own name, so expansions can be checked literally. */
    private static final SlotFiller NAMES = new SlotFiller() {
        @Override
        public void actor(Side side, ActorForm form, StringBuilder out) {
            out.append(side).append(form.suffix.isEmpty() ? "" : "." + form.suffix);
        }

        @Override
        public void detail(Detail detail, StringBuilder out) {
            out.append(detail.key);
        }
    };

    @Test
    void shouldExpandChoicesReferencesAndSlots() {
        Grammar grammar = Grammar.parse(new StringReader("""
                # a comment
                @greeting
                [hello|good morning] {A} from {B.capital} <when>

                @when
                {when}
                """), "test");
        Set<String> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 50; i++) {
            seen.add(grammar.sentence("greeting", random, NAMES));
        }
        assertThat(seen).containsExactlyInAnyOrder("Hello A from B.capital when", "Good morning A from B.capital when");
    }

    @Test
    void shouldTidySpacesLeftByEmptyChoices() {
        Grammar grammar = Grammar.parse(new StringReader("@r\n[|] met [|] , then [|] left .\n"), "test");
        assertThat(grammar.sentence("r", new SplittableRandom(3), NAMES)).isEqualTo("Met, then left.");
    }

    @Test
    void shouldNameFileAndLineOfAnUnknownSlot() {
        assertThatThrownBy(() -> Grammar.parse(new StringReader("@r\nfine\n{A.nickname} went\n"), "g.txt"))
                .hasMessageContaining("g.txt line 3").hasMessageContaining("{A.nickname}");
    }

    @Test
    void shouldRefuseAReferenceToAMissingRule() {
        assertThatThrownBy(() -> Grammar.parse(new StringReader("@r\n<nowhere>\n"), "g.txt"))
                .hasMessageContaining("g.txt line 2").hasMessageContaining("nowhere");
    }

    @Test
    void shouldRefuseUnbalancedBrackets() {
        assertThatThrownBy(() -> Grammar.parse(new StringReader("@r\n[a|b\n"), "g.txt"))
                .hasMessageContaining("without ']'");
        assertThatThrownBy(() -> Grammar.parse(new StringReader("@r\na]b\n"), "g.txt"))
                .hasMessageContaining("unbalanced");
    }

    @Test
    void shouldRefuseTwoRulesWithOneName() {
        assertThatThrownBy(() -> Grammar.parse(new StringReader("@r\na\n@r\nb\n"), "g.txt"))
                .hasMessageContaining("already defined");
    }

    @Test
    void shouldDefineEveryRuleTheComposerUses() {
        Grammar grammar = Grammar.loadDefault();
        for (String code : new String[] {"040", "041", "042", "043", "044", "046", "057", "062"}) {
            assertThat(grammar.has("contact." + code)).as("contact." + code).isTrue();
            assertThat(grammar.has("elab." + code)).as("elab." + code).isTrue();
            assertThat(grammar.has("headline." + code)).as("headline." + code).isTrue();
            if (!code.equals("040")) {
                assertThat(grammar.has("historical." + code)).as("historical." + code).isTrue();
            }
        }
        for (String code : new String[] {"040", "041", "042", "044", "036"}) {
            assertThat(grammar.has("negated." + code)).as("negated." + code).isTrue();
        }
        for (String subject : ArticleComposer.SUBJECTS) {
            assertThat(grammar.has("context." + subject)).isTrue();
            assertThat(grammar.has("headline.filler." + subject)).isTrue();
        }
        assertThat(grammar.ruleNames()).contains("planned.036", "headline.036", "interview", "statement",
                "comention", "readout.A", "readout.B", "relations", "analysis", "quote.A", "quote.B", "closing",
                "boiler.before", "boiler.between", "boiler.after");
    }

    @Test
    void shouldOfferManyWaysToReportEachContact() {
        Grammar grammar = Grammar.loadDefault();
        for (String code : new String[] {"040", "041", "042", "043", "044", "046", "057", "062"}) {
            assertThat(grammar.alternatives("contact." + code)).as("contact." + code).isGreaterThanOrEqualTo(6);
        }
        assertThat(grammar.alternatives("planned.036")).isGreaterThanOrEqualTo(6);
    }
}
