package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.code.CodedContact;
import org.junit.jupiter.api.Test;

/**
 * A person who "is in" another country's capital is there on a visit; a date inside a relative clause ("Sharif, who
 * arrived on Sunday, is expected to meet ...") dates only that clause; a country name that is also a word ("China",
 * "Turkey") counts in a sentence of contact with a person named by surname alone.
 */
class PresenceRulesTest extends RuleSentences {

    @Test
    void shouldReadAPersonInAForeignCapitalAsVisitingIt() {
        assertThat(keys("Turkish Foreign Minister Hakan Fidan is in Baghdad for talks with Iraqi officials on water."))
                .containsExactly("IRQ-TUR VISIT OCCURRED", "IRQ-TUR NEGOTIATE OCCURRED");
        assertThat(keys("Indian Prime Minister Narendra Modi will be in Moscow next week."))
                .containsExactly("IND-RUS INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotReadBeingInTalksOrAtHomeOrAnUnnamedOfficeAsAVisit() {
        assertThat(keys("Russian President Vladimir Putin is in talks with Xi Jinping on gas."))
                .containsExactly("CHN-RUS NEGOTIATE OCCURRED");
        assertThat(keys("French President Emmanuel Macron is in Paris.")).isEmpty();
        assertThat(keys("Russian Defence Minister Andrei Belousov met Pakistani officials in March. The defence "
                + "minister was in Islamabad throughout the period.")).doesNotContain("PAK-RUS VISIT OCCURRED");
    }

    @Test
    void shouldNotDateAPlanByTheDayOfARelativeClause() {
        CodedContact plan = code("Pakistani Prime Minister Shehbaz Sharif, who arrived in Riyadh on Sunday, is "
                + "expected to meet Crown Prince Mohammed bin Salman before returning home.").contacts().get(1);
        assertThat(plan.dyad() + " " + plan.type()).isEqualTo("PAK-SAU INTENT_TO_MEET");
        assertThat(plan.date().isPublication()).isTrue();
        // Control: a day in the plan's own clause dates it.
        CodedContact dated = code("Pakistani Prime Minister Shehbaz Sharif is expected to meet Crown Prince Mohammed "
                + "bin Salman on Sunday.").contacts().get(0);
        assertThat(dated.date().start()).hasToString("2024-10-27");
    }

    @Test
    void shouldCountACountryNameThatIsAlsoAWordInContactWithAPersonNamedBySurname() {
        assertThat(keys("Putin visited China on Monday.")).containsExactly("CHN-RUS VISIT OCCURRED");
        assertThat(keys("Putin and Turkey signed the agreement on Monday.")).containsExactly(
                "RUS-TUR SIGN_AGREEMENT OCCURRED");
        // Control: with no words of contact a name that is also a given name still needs more support.
        assertThat(code("Putin praised the passing of Jordan on Monday.").resolution().actors())
                .doesNotContainKey("JOR");
    }
}
