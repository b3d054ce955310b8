package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence with no date of its own is set at the day of the contact told before it: "a day later" counts from
 * that day, not from the publication day (a Wednesday, 23 October 2024). Sentences written for this test, with a
 * control where the sentence gives its own date.
 */
class ToldDayRulesTest extends RuleSentences {

    private static final String CALL = "Tokayev and Putin spoke by telephone on Monday. ";

    @Test
    void shouldCountADayLaterFromTheContactToldBefore() {
        assertThat(dated(CALL + "Mirziyoyev, who spoke to Putin a day later, called the talk useful."))
                .anyMatch(k -> k.startsWith("RUS-UZB") && k.endsWith("OCCURRED 2024-10-22"));
    }

    @Test
    void shouldCountFromTheSentencesOwnDateWhenItGivesOne() {
        // Control: a date of the sentence's own comes first.
        assertThat(dated(CALL + "Mirziyoyev met Putin in Sochi on October 10 and spoke to him again a day later."))
                .noneMatch(k -> k.startsWith("RUS-UZB") && k.endsWith("2024-10-22"));
    }

    private java.util.List<String> dated(String text) {
        return code(text).contacts().stream()
                .map(c -> c.dyad() + " " + c.type() + " " + c.status() + " " + c.date().start()).toList();
    }
}
