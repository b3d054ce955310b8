package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People the dictionary does not know, introduced by an office and a country set off by commas before or after the
 * name, on sentences written for this test, each with a control where a cruder rule would name someone wrongly.
 */
class OfficeIntroductionRulesTest extends RuleSentences {

    private List<String> people(String text) {
        return code(text).resolution().actors().values().stream()
                .filter(a -> a.id().startsWith("intro:") || a.role().name().endsWith("MINISTER"))
                .map(a -> a.name() + " " + a.country()).toList();
    }

    @Test
    void shouldNameSomeoneWhoseTitleAndCountryFollowTheName() {
        assertThat(keys("The agreement was signed by Ali Shamkhani, the secretary of Iran's Supreme National "
                + "Security Council, and Musaed al-Aiban, Saudi Arabia's national security adviser."))
                .containsExactly("IRN-SAU SIGN_AGREEMENT OCCURRED");
        assertThat(people("Talks were led by Musaed al-Aiban, Saudi Arabia's national security adviser."))
                .containsExactly("Musaed al-Aiban SAU");
        // Control: a name that only stands beside a country's office in a list is not its holder.
        assertThat(people("Investors such as Goldman Sachs, Saudi Arabia's sovereign fund and others bought in."))
                .isEmpty();
    }

    @Test
    void shouldNameAHyphenatedGivenNameAndOneAfterARank() {
        assertThat(people("South Korea's national security adviser, Chang Ho-jin, said Seoul would reconsider."))
                .containsExactly("Chang Ho-jin KOR");
        assertThat(people("Nepal's army chief, General Ashok Raj Sigdel, is expected to attend the ceremony."))
                .containsExactly("Ashok Raj Sigdel NPL");
        // Control: a name whose hyphens join particles is read whole, not cut at its first lower-case part.
        assertThat(people("Pakistan's military spokesman, Major General Ikram-ul-Haq, said the talks went well."))
                .containsExactly("Ikram-ul-Haq PAK");
    }

    @Test
    void shouldNameACounterpartSetOffByCommasAndJoinHimToTheSubject() {
        assertThat(keys("Spanish Foreign Minister Jose Manuel Albares and his Moroccan counterpart, Nasser Bourita, "
                + "will meet next month.")).containsExactly("ESP-MAR INTENT_TO_MEET PLANNED");
        assertThat(people("Spanish Foreign Minister Jose Manuel Albares and his Moroccan counterpart, Nasser Bourita, "
                + "will meet next month.")).contains("Nasser Bourita MAR");
        // Control: a counterpart with no name after the comma introduces no one.
        assertThat(code("Spanish Foreign Minister Jose Manuel Albares and his Moroccan counterpart, who arrived "
                + "late, will meet next month.").resolution().actors().keySet())
                .noneMatch(id -> id.startsWith("intro:"));
    }
}
