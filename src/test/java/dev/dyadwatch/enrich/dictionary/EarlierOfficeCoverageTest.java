package dev.dyadwatch.enrich.dictionary;

import static dev.dyadwatch.enrich.dictionary.OfficeCoverageTest.known;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.enrich.dictionary.OfficeCoverageTest.Irregular;
import dev.dyadwatch.enrich.dictionary.OfficeCoverageTest.Kind;
import dev.dyadwatch.enrich.dictionary.OfficeCoverageTest.Known;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Before 2015, where articles recall past summits: the heads of state and government of the G20 members (the
 * Commonwealth realms' sovereign is GBR's) and of PAK, IRN and UKR are held by one person on every day from
 * 2000-01-01 to 2014-12-31, and the foreign ministers of the countries listed from 2010-01-01, except the periods
 * listed here with their reason. A listed period that the data no longer shows also fails.
 */
class EarlierOfficeCoverageTest {

    static final LocalDate TO = LocalDate.of(2014, 12, 31);

    static final List<String> HEADS = List.of("ARG", "BRA", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN",
            "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "PAK", "IRN", "UKR");

    /** Their head of state is the sovereign recorded under GBR: only the head of government is checked. */
    static final List<String> REALMS = List.of("AUS", "CAN");

    static final List<String> FOREIGN = List.of("ARG", "AUS", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IRN",
            "JPN", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF");

    static final ActorRole S = ActorRole.HEAD_OF_STATE;
    static final ActorRole G = ActorRole.HEAD_OF_GOVERNMENT;
    static final ActorRole F = ActorRole.FOREIGN_MINISTER;

    static final List<Known> KNOWN = List.of(
            known("ARG", S, Kind.GAP, "2000-01-01", "2002-01-01",
                    "NOT RECORDED: De la Rúa and the interim presidents of December 2001 (README)"),
            known("ARG", G, Kind.GAP, "2000-01-01", "2002-01-01",
                    "NOT RECORDED: De la Rúa and the interim presidents of December 2001 (README)"),
            known("KOR", S, Kind.OVERLAP, "2004-03-12", "2004-05-14",
                    "Roh Moo-hyun suspended by impeachment; Goh Kun acting president"),
            known("KOR", G, Kind.OVERLAP, "2004-03-12", "2004-05-14",
                    "Roh Moo-hyun suspended by impeachment; Goh Kun acting president"),
            known("PAK", G, Kind.GAP, "2004-06-27", "2004-08-27",
                    "NOT RECORDED: Chaudhry Shujaat Hussain, whose exact days are not certain (README)"),
            known("PAK", G, Kind.GAP, "2012-06-20", "2012-06-21",
                    "Gilani disqualified 19 June; Raja Pervaiz Ashraf elected 22 June"),
            known("UKR", G, Kind.GAP, "2000-01-01", "2005-02-03",
                    "NOT RECORDED: prime ministers before Tymoshenko's first term (README)"),
            known("UKR", G, Kind.GAP, "2005-09-09", "2006-08-03",
                    "NOT RECORDED: Yekhanurov's government (README)"),
            known("UKR", G, Kind.GAP, "2010-03-04", "2010-03-10",
                    "Tymoshenko dismissed 3 March; Azarov appointed 11 March (an acting holder is not recorded)"),
            known("UKR", G, Kind.GAP, "2014-01-29", "2014-02-26",
                    "Azarov resigned 28 January; Yatsenyuk appointed 27 February (acting holders not recorded)"),
            known("ARG", F, Kind.GAP, "2010-01-01", "2010-06-17",
                    "NOT RECORDED: Jorge Taiana's last months and his successor's first days (README)"),
            known("AUS", F, Kind.GAP, "2012-02-23", "2012-03-12",
                    "Rudd resigned 22 February; Carr sworn in 13 March (an acting minister is not recorded)"),
            known("IDN", F, Kind.GAP, "2014-10-21", "2014-10-26",
                    "Yudhoyono's cabinet ended with his term on 20 October; Widodo's sworn in 27 October"),
            known("JPN", F, Kind.GAP, "2011-03-07", "2011-03-08",
                    "Maehara resigned; Matsumoto appointed 9 March (Edano acting, not recorded)"));

    @Test
    void shouldHaveOneHeadAndOneForeignMinisterPerDayExceptTheListedPeriods() {
        ActorDictionary dictionary = ActorDictionary.loadDefault();
        LocalDate heads = LocalDate.of(2000, 1, 1);
        LocalDate ministers = LocalDate.of(2010, 1, 1);
        List<Irregular> found = new ArrayList<>();
        for (String country : HEADS) {
            found.addAll(OfficeCoverageTest.irregularPeriods(dictionary, country, S, heads, TO));
            found.addAll(OfficeCoverageTest.irregularPeriods(dictionary, country, G, heads, TO));
        }
        for (String country : REALMS) {
            found.addAll(OfficeCoverageTest.irregularPeriods(dictionary, country, G, heads, TO));
        }
        for (String country : FOREIGN) {
            found.addAll(OfficeCoverageTest.irregularPeriods(dictionary, country, F, ministers, TO));
        }
        Set<Irregular> expected = KNOWN.stream().map(Known::period).collect(Collectors.toSet());
        assertThat(found).as("irregular periods before 2015").containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldKeepEarlierTermsOfAPersonUnderTheSameId() {
        ActorDictionary dictionary = ActorDictionary.loadDefault();
        assertThat(dictionary.termsOf("JPN.shinzo-abe")).extracting(OfficeTerm::start)
                .contains(LocalDate.of(2006, 9, 26), LocalDate.of(2012, 12, 26));
        assertThat(dictionary.termsOf("BRA.lula-da-silva")).extracting(OfficeTerm::start)
                .contains(LocalDate.of(2003, 1, 1), LocalDate.of(2023, 1, 1));
        assertThat(dictionary.termsOf("TUR.recep-tayyip-erdogan")).extracting(OfficeTerm::role)
                .contains(G, S);
    }
}
