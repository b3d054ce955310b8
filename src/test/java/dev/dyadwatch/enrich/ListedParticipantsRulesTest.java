package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Countries listed as further participants of an exercise ("joined by ... including those of A and B", "which also
 * includes A and B", "the navies of A and B will join those of C and D for the exercise") drill with its pair: every
 * pair of them, flagged multilateral. Sentences written for this test, with controls where the list is of onlookers,
 * of things, or in another clause.
 */
class ListedParticipantsRulesTest extends RuleSentences {

    @Test
    void shouldAddTheNaviesListedAfterIncludingThoseOf() {
        assertThat(pairsAndTypes("Indonesia and Singapore began a naval exercise off Batam on Monday, joined by "
                + "warships from several navies, including those of Australia and Japan."))
                .contains("IDN-SGP MILITARY_COOPERATION", "AUS-IDN MILITARY_COOPERATION",
                        "AUS-JPN MILITARY_COOPERATION", "JPN-SGP MILITARY_COOPERATION");
        assertThat(code("Indonesia and Singapore began a naval exercise off Batam on Monday, joined by warships "
                + "from several navies, including those of Australia and Japan.").contacts())
                .allMatch(c -> c.multilateral());
    }

    @Test
    void shouldAddTheCountriesTheExerciseAlsoIncludes() {
        assertThat(pairsAndTypes("Egypt and Greece opened the Medusa exercise, which also includes Cyprus and "
                + "France, off Alexandria on Sunday."))
                .contains("CYP-EGY MILITARY_COOPERATION", "CYP-FRA MILITARY_COOPERATION",
                        "FRA-GRC MILITARY_COOPERATION");
    }

    @Test
    void shouldReadTheNaviesThatJoinThoseOfOthersAsOneExercise() {
        assertThat(keys("The navies of Egypt and Greece will join those of Cyprus and France for the Medusa exercise "
                + "in December.")).contains("EGY-GRC MILITARY_COOPERATION PLANNED",
                        "CYP-EGY MILITARY_COOPERATION PLANNED", "CYP-FRA MILITARY_COOPERATION PLANNED",
                        "FRA-GRC MILITARY_COOPERATION PLANNED");
    }

    @Test
    void shouldNotAddOnlookersThingsOrAnotherClause() {
        // Controls: observers watch, drills are no country, and a semicolon starts another statement.
        assertThat(pairsAndTypes("Egypt and Greece held a joint exercise off Crete on Sunday, watched by observers "
                + "from several countries, including Cyprus and France."))
                .containsExactly("EGY-GRC MILITARY_COOPERATION");
        assertThat(pairsAndTypes("Egypt and Greece held a joint exercise off Crete on Sunday, including drills "
                + "with frigates and a landing on a beach.")).containsExactly("EGY-GRC MILITARY_COOPERATION");
        assertThat(pairsAndTypes("Egypt and Greece held a joint exercise off Crete on Sunday; several countries, "
                + "including Cyprus and France, praised the pact.")).containsExactly("EGY-GRC MILITARY_COOPERATION");
    }
}
