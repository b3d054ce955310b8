package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Leaders who "spoke" with no place, meeting or trip in the sentence spoke by telephone (those who meet say they
 * met, or where), on sentences written for this test (published on Wednesday 23 October 2024), with controls.
 */
class SpokeWithNoPlaceRulesTest extends RuleSentences {

    @Test
    void shouldReadLeadersWhoSpokeWithNoPlaceNamedAsATelephoneCall() {
        assertThat(keys("Emmanuel Macron and Olaf Scholz spoke for an hour on Monday about the budget rules."))
                .containsExactly("DEU-FRA TELEPHONE OCCURRED");
        assertThat(keys("Pedro Sanchez spoke with Giorgia Meloni on Tuesday about migration."))
                .containsExactly("ESP-ITA TELEPHONE OCCURRED");
    }

    @Test
    void shouldKeepAConversationWithAPlaceOrAMeetingAsAConsultation() {
        // Controls: a city, or a meeting beside the words, puts the two in one room.
        assertThat(keys("Emmanuel Macron and Olaf Scholz spoke for an hour in Berlin on Monday about the budget "
                + "rules.")).containsExactly("DEU-FRA CONSULT OCCURRED");
        assertThat(keys("Pedro Sanchez spoke with Giorgia Meloni on Tuesday before the summit dinner."))
                .doesNotContain("ESP-ITA TELEPHONE OCCURRED");
    }
}
