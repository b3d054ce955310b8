package dev.dyadwatch.enrich.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every UN member state, with Kosovo, Palestine and Taiwan, has its head of state and head of government on the
 * as-of date, except the offices listed here with their reason (the README's known gaps). A listed office that
 * the data now fills also fails, so the list stays true.
 */
class WorldCoverageTest {

    static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();

    static final List<String> STATES = List.of(("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL"
            + " BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV"
            + " CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA"
            + " GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ"
            + " LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ"
            + " MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU"
            + " RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE"
            + " CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB"
            + " ZWE XKX PSE TWN").split(" "));

    /** The realms whose sovereign is recorded once, under GBR. */
    static final String REALMS = "AUS CAN NZL JAM BHS BLZ ATG GRD KNA LCA VCT SLB TUV PNG";

    static final Map<ActorRole, String> GAPS = Map.of(
            ActorRole.HEAD_OF_STATE, REALMS
                    // foreign or collective heads, and holders whose first day is not certain
                    + " AND SMR BIH HTI MHL MUS",
            ActorRole.HEAD_OF_GOVERNMENT, "AND SMR MHL MUS CHE"
                    // prime ministers whose first day is not certain
                    + " BFA PRK COD GNQ SWZ GNB LIE MCO MOZ STP SOM SDN TON YEM");

    @Test
    void shouldListEveryUnMemberStateOnceAsACountry() {
        assertThat(STATES).hasSize(196).doesNotHaveDuplicates();
        Set<String> listed = new TreeSet<>();
        DICTIONARY.countries().forEach(country -> listed.add(country.iso3()));
        assertThat(listed).containsAll(STATES);
    }

    @Test
    void shouldNameTheHeadsOfEveryStateOnTheAsOfDateExceptTheListedGaps() {
        LocalDate asOf = DICTIONARY.asOf();
        GAPS.forEach((role, gaps) -> {
            Set<String> missing = new TreeSet<>();
            for (String country : STATES) {
                boolean held = DICTIONARY.terms().stream()
                        .anyMatch(t -> t.country().equals(country) && t.role() == role && t.heldOn(asOf));
                if (!held) {
                    missing.add(country);
                }
            }
            assertThat(missing).as(role.toString()).isEqualTo(new TreeSet<>(List.of(gaps.split(" "))));
        });
    }
}
