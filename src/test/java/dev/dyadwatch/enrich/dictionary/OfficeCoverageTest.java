package dev.dyadwatch.enrich.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * For every G20 member and the countries of the sample corpus, each of the four roles is held by exactly one
 * person on every day from 2015-01-01 to the dictionary's as-of date, except the irregular periods listed here
 * with their reason. A listed period that the data no longer shows also fails, so the list stays true.
 */
class OfficeCoverageTest {

    static final LocalDate FROM = LocalDate.of(2015, 1, 1);

    static final List<String> COVERED = List.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN",
            "ITA", "JPN", "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "PAK", "AFG", "IRN", "UKR");

    static final List<ActorRole> ROLES = List.of(ActorRole.HEAD_OF_STATE, ActorRole.HEAD_OF_GOVERNMENT,
            ActorRole.FOREIGN_MINISTER, ActorRole.DEFENCE_MINISTER);

    enum Kind { GAP, OVERLAP }

    /** A run of days on which a role has no holder (GAP) or more than one (OVERLAP). */
    record Irregular(String country, ActorRole role, Kind kind, LocalDate from, LocalDate to) {
    }

    /** An irregular period the data is expected to show, and why it is right. */
    record Known(Irregular period, String reason) {
    }

    static Known known(String country, ActorRole role, Kind kind, String from, String to, String reason) {
        return new Known(new Irregular(country, role, kind, LocalDate.parse(from), LocalDate.parse(to)), reason);
    }

    static final String AS_OF = ActorDictionary.loadDefault().asOf().toString();

    static final List<Known> KNOWN = List.of(
            known("AUS", ActorRole.HEAD_OF_STATE, Kind.GAP, "2015-01-01", AS_OF,
                    "shared monarch: the sovereign is recorded once, under GBR"),
            known("CAN", ActorRole.HEAD_OF_STATE, Kind.GAP, "2015-01-01", AS_OF,
                    "shared monarch: the sovereign is recorded once, under GBR"),
            known("BRA", ActorRole.HEAD_OF_STATE, Kind.OVERLAP, "2016-05-12", "2016-08-30",
                    "Rousseff suspended during her impeachment trial; Temer acting president"),
            known("BRA", ActorRole.HEAD_OF_GOVERNMENT, Kind.OVERLAP, "2016-05-12", "2016-08-30",
                    "Rousseff suspended during her impeachment trial; Temer acting president"),
            known("KOR", ActorRole.HEAD_OF_STATE, Kind.OVERLAP, "2016-12-09", "2017-03-10",
                    "Park Geun-hye suspended by impeachment; Hwang Kyo-ahn acting president"),
            known("KOR", ActorRole.HEAD_OF_GOVERNMENT, Kind.OVERLAP, "2016-12-09", "2017-03-10",
                    "Park Geun-hye suspended by impeachment; Hwang Kyo-ahn acting president"),
            known("KOR", ActorRole.HEAD_OF_STATE, Kind.OVERLAP, "2024-12-14", "2025-04-04",
                    "Yoon Suk Yeol suspended by impeachment; Han Duck-soo, Choi Sang-mok acting presidents"),
            known("KOR", ActorRole.HEAD_OF_GOVERNMENT, Kind.OVERLAP, "2024-12-14", "2025-04-04",
                    "Yoon Suk Yeol suspended by impeachment; Han Duck-soo, Choi Sang-mok acting presidents"),
            known("ARG", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2024-10-31", "2024-11-03",
                    "Mondino dismissed 30 October; Werthein sworn in 4 November"),
            known("AUS", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2022-05-23", "2022-05-31",
                    "a five-member interim ministry administered every department; Marles sworn in 1 June"),
            known("BRA", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2017-02-23", "2017-03-06",
                    "Serra resigned; Nunes took office 7 March (an interim secretary is not recorded)"),
            known("BRA", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2021-03-30", "2021-04-05",
                    "Araújo resigned; França took office 6 April (an interim secretary is not recorded)"),
            known("CAN", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2015-02-03", "2015-02-08",
                    "Baird resigned 3 February; Nicholson sworn in 9 February"),
            known("CHN", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2023-10-25", "2023-12-28",
                    "Li Shangfu removed 24 October; Dong Jun appointed 29 December"),
            known("IDN", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2019-10-21", "2019-10-22",
                    "first Widodo cabinet ended with the term on 20 October; Prabowo sworn in 23 October"),
            known("MEX", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2023-06-13", "2023-07-02",
                    "Ebrard resigned 12 June; Bárcena took office 3 July"),
            known("PAK", ActorRole.HEAD_OF_GOVERNMENT, Kind.GAP, "2017-07-29", "2017-07-31",
                    "Nawaz Sharif disqualified 28 July; Abbasi elected 1 August"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2017-07-29", "2017-08-03",
                    "cabinet dissolved with Sharif's disqualification; Abbasi cabinet sworn in 4 August"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2018-04-27", "2018-05-10",
                    "Khawaja Asif disqualified 26 April; Dastgir given the portfolio 11 May"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2018-06-01", "2018-06-04",
                    "caretaker prime minister sworn in 1 June, caretaker cabinet 5 June"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2018-08-18", "2018-08-19",
                    "Imran Khan sworn in 18 August, cabinet 20 August"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2022-04-11", "2022-04-26",
                    "Shehbaz Sharif's cabinet had no foreign minister until Bilawal took oath 27 April"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2023-08-11", "2023-08-16",
                    "cabinet dissolved with the National Assembly; caretaker cabinet sworn in 17 August"),
            known("PAK", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2024-03-04", "2024-03-10",
                    "Shehbaz Sharif sworn in 4 March, cabinet 11 March"),
            known("PAK", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2017-07-29", "2017-08-03",
                    "cabinet dissolved with Sharif's disqualification; Abbasi cabinet sworn in 4 August"),
            known("PAK", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2018-06-01", "2018-06-04",
                    "caretaker prime minister sworn in 1 June, caretaker cabinet 5 June"),
            known("PAK", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2018-08-18", "2018-08-29",
                    "Imran Khan sworn in 18 August; defence portfolio assigned to Khattak 30 August"),
            known("PAK", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2022-04-11", "2022-04-18",
                    "Shehbaz Sharif sworn in 11 April, cabinet 19 April"),
            known("PAK", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2023-08-11", "2023-08-16",
                    "cabinet dissolved with the National Assembly; caretaker cabinet sworn in 17 August"),
            known("PAK", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2024-03-04", "2024-03-10",
                    "Shehbaz Sharif sworn in 4 March, cabinet 11 March"),
            known("AFG", ActorRole.HEAD_OF_GOVERNMENT, Kind.GAP, "2021-08-16", "2021-09-06",
                    "Ghani fled on 15 August; the Taliban named an acting prime minister on 7 September"),
            known("AFG", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2021-08-16", "2021-09-06",
                    "no minister between the fall of Kabul and the Taliban cabinet of 7 September"),
            known("AFG", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2021-08-16", "2021-09-06",
                    "no minister between the fall of Kabul and the Taliban cabinet of 7 September"),
            known("AFG", ActorRole.FOREIGN_MINISTER, Kind.GAP, "2015-01-01", "2020-04-03",
                    "NOT RECORDED: the Republic's foreign ministers and acting ministers before Atmar (README)"),
            known("AFG", ActorRole.DEFENCE_MINISTER, Kind.GAP, "2015-01-01", "2021-06-18",
                    "NOT RECORDED: the Republic's defence ministers and acting ministers before June 2021 (README)"));

    @Test
    void shouldHaveOneHolderPerRoleOnEveryDayExceptTheListedPeriods() {
        ActorDictionary dictionary = ActorDictionary.loadDefault();
        List<Irregular> found = new ArrayList<>();
        for (String country : COVERED) {
            for (ActorRole role : ROLES) {
                found.addAll(irregularPeriods(dictionary, country, role, FROM, dictionary.asOf()));
            }
        }
        Set<Irregular> expected = KNOWN.stream().map(Known::period).collect(Collectors.toSet());
        assertThat(found).as("irregular periods (gaps without a holder, overlaps of two holders)")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldGiveEveryListedPeriodAReason() {
        assertThat(KNOWN).allSatisfy(known -> assertThat(known.reason()).isNotBlank());
    }

    static List<Irregular> irregularPeriods(ActorDictionary dictionary, String country, ActorRole role,
            LocalDate from, LocalDate to) {
        List<OfficeTerm> terms = dictionary.terms().stream()
                .filter(t -> t.country().equals(country) && t.role() == role).toList();
        List<Irregular> runs = new ArrayList<>();
        Kind runKind = null;
        LocalDate runStart = null;
        for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
            Kind kind = null;
            if (!day.isAfter(to)) {
                LocalDate d = day;
                long holders = terms.stream().filter(t -> t.heldOn(d)).count();
                kind = holders == 0 ? Kind.GAP : holders > 1 ? Kind.OVERLAP : null;
            }
            if (kind != runKind) {
                if (runKind != null) {
                    runs.add(new Irregular(country, role, runKind, runStart, day.minusDays(1)));
                }
                runKind = kind;
                runStart = day;
            }
        }
        return runs;
    }
}
