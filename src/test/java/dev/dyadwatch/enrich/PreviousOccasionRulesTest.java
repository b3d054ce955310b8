package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.enrich.code.CodedContact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Earlier occasions a report recalls: "last visited", a visit dated by the summit it was for, a place visited in a
 * relative clause ("China, which Muizzu visited in January"), and "they" for a pair already named.
 */
class PreviousOccasionRulesTest extends RuleSentences {

    @Test
    void shouldReadLastVisitedAsAnEarlierVisitEvenWithoutADate() {
        List<CodedContact> contacts = code("German Chancellor Olaf Scholz arrived in New Delhi on Wednesday. "
                + "Scholz last visited India two years ago.").contacts();
        assertThat(contacts).extracting(c -> c.dyad() + " " + c.type() + " " + c.status())
                .containsExactly("DEU-IND VISIT OCCURRED", "DEU-IND VISIT HISTORICAL");
        assertThat(keys("German Chancellor Olaf Scholz arrived in New Delhi on Wednesday. Scholz last visited "
                + "India as finance minister.")).containsExactly("DEU-IND VISIT OCCURRED", "DEU-IND VISIT HISTORICAL");
    }

    @Test
    void shouldNotReadLastBeforeANounAsAnEarlierOccasion() {
        assertThat(keys("Scholz and Modi met in New Delhi last week.")).containsExactly("DEU-IND CONSULT OCCURRED");
        assertThat(keys("German Chancellor Olaf Scholz's last visit to India ended on Wednesday."))
                .containsExactly("DEU-IND VISIT OCCURRED");
    }

    @Test
    void shouldDateAVisitByTheSummitItWasFor() {
        CodedContact visit = code("Somali President Hassan Sheikh Mohamud travelled to Addis Ababa for an African "
                + "Union summit in February.").contacts().get(0);
        assertThat(visit.dyad()).isEqualTo("ETH-SOM");
        assertThat(visit.status()).isEqualTo(ContactStatus.HISTORICAL);
        assertThat(visit.date().start()).hasToString("2024-02-01");
    }

    @Test
    void shouldNotGiveAVisitTheDateOfASummitInAnotherClause() {
        CodedContact visit = code("Somali President Hassan Sheikh Mohamud travelled to Addis Ababa on Monday, and "
                + "the African Union summit opens in February.").contacts().get(0);
        assertThat(visit.status()).isEqualTo(ContactStatus.OCCURRED);
        assertThat(visit.date().start()).hasToString("2024-10-21");
    }

    @Test
    void shouldReadThePlaceBeforeWhichAsWhatTheVisitorVisited() {
        assertThat(keys("China, which Maldivian President Mohamed Muizzu visited in January, has stepped up lending "
                + "to the islands.")).containsExactly("CHN-MDV VISIT HISTORICAL");
        assertThat(keys("China, which Maldivian President Mohamed Muizzu criticised in January, has stepped up "
                + "lending to the islands.")).isEmpty();
    }

    @Test
    void shouldReadTheyAsTheTwoPeopleTheSentenceNamed() {
        assertThat(keys("Indian National Security Adviser Ajit Doval held talks with Chinese Foreign Minister Wang "
                + "Yi in Beijing on Wednesday, the first such meeting since December 2019, when they met in New "
                + "Delhi.")).containsExactly("CHN-IND NEGOTIATE OCCURRED", "CHN-IND CONSULT HISTORICAL");
        assertThat(keys("Indian National Security Adviser Ajit Doval held talks with Chinese Foreign Minister Wang "
                + "Yi in Beijing on Wednesday, a day after they met Russian Foreign Minister Sergei Lavrov."))
                .doesNotContain("CHN-IND CONSULT OCCURRED");
    }

    @Test
    void shouldReadTheyInASentenceNamingNoOneAsThePairOfTheArticle() {
        assertThat(keys("Prime Minister Narendra Modi spoke with President Vladimir Putin by telephone on "
                + "Wednesday. They last met in Moscow in July.")).containsExactly("IND-RUS TELEPHONE OCCURRED",
                "IND-RUS CONSULT HISTORICAL");
        assertThat(keys("Prime Minister Narendra Modi spoke with President Vladimir Putin by telephone on "
                + "Wednesday. They met Ukrainian President Volodymyr Zelenskyy in July."))
                .containsExactly("IND-RUS TELEPHONE OCCURRED");
    }

    @Test
    void shouldReadTheTripAfterACountedVisitAsTheSamePairsEarlierVisit() {
        List<CodedContact> contacts = code("It is President Xi Jinping's second visit to Serbia, after a trip in "
                + "June 2016.").contacts();
        assertThat(contacts).extracting(c -> c.dyad() + " " + c.type() + " " + c.status() + " " + c.date().start())
                .containsExactly("CHN-SRB VISIT OCCURRED 2024-10-23", "CHN-SRB VISIT HISTORICAL 2016-06-01");
        // Control: a first visit recalls no earlier one, and a trip elsewhere is its own.
        assertThat(keys("It is President Xi Jinping's first visit to Serbia since he took office."))
                .containsExactly("CHN-SRB VISIT OCCURRED");
    }
}
