package dev.dyadwatch.enrich.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ActorRole;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled dictionary is consistent: real codes, stable person ids, distinct names. */
class DictionaryDataTest {

    /** Codes outside ISO 3166-1 that the dictionary uses, with the reason. */
    static final Map<String, String> USER_ASSIGNED = Map.of(
            "XKX", "Kosovo: user-assigned code used by the EU, IMF and others; ISO 3166-1 has no entry");

    static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();

    @Test
    void shouldListEveryIsoCountryAndOnlyDocumentedExtraCodes() {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        Set<String> listed = DICTIONARY.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        assertThat(listed).containsAll(iso);
        Set<String> extra = new TreeSet<>(listed);
        extra.removeAll(iso);
        assertThat(extra).isEqualTo(USER_ASSIGNED.keySet());
        assertThat(DICTIONARY.countries()).hasSize(listed.size());
    }

    @Test
    void shouldUseOnlyListedCountryCodesForOfficeTerms() {
        Set<String> listed = DICTIONARY.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        assertThat(DICTIONARY.terms()).allSatisfy(term -> assertThat(listed).contains(term.country()));
    }

    @Test
    void shouldPrefixEveryPersonIdWithItsCountryAndKeepOneNamePerPerson() {
        assertThat(DICTIONARY.terms()).allSatisfy(term -> {
            assertThat(term.personId()).startsWith(term.country() + ".").matches("[A-Z]{3}\\.[a-z0-9-]+");
        });
        DICTIONARY.termsByPerson().forEach((id, terms) -> {
            assertThat(terms).extracting(OfficeTerm::name).as(id).containsOnly(terms.get(0).name());
            assertThat(terms).extracting(OfficeTerm::aliases).as(id).containsOnly(terms.get(0).aliases());
        });
    }

    @Test
    void shouldNeverLetTwoTermsOfOnePersonInOneRoleOverlap() {
        DICTIONARY.termsByPerson().forEach((id, terms) -> {
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    OfficeTerm a = terms.get(i);
                    OfficeTerm b = terms.get(j);
                    if (a.role() == b.role()) {
                        boolean overlap = !a.start().isAfter(endOf(b)) && !b.start().isAfter(endOf(a));
                        assertThat(overlap).as("%s %s %s..%s and %s..%s", id, a.role(), a.start(), a.end(),
                                b.start(), b.end()).isFalse();
                    }
                }
            }
        });
    }

    @Test
    void shouldKeepEveryDateWithinTheAsOfDateOrAmongTheKnownLaterChanges() {
        // A later change (README, "known later changes") has happened: no date lies in the future, and an office
        // that changed hands after the as-of date has its holder on that date leave it.
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(DICTIONARY.terms()).allSatisfy(term -> {
            assertThat(term.start()).as(term.personId()).isBeforeOrEqualTo(today);
            if (term.end() != null) {
                assertThat(term.end()).as(term.personId()).isBefore(today);
            }
        });
        List<OfficeTerm> later = DICTIONARY.terms().stream().filter(t -> t.start().isAfter(DICTIONARY.asOf())
                && t.role() != ActorRole.OTHER_OFFICIAL).toList();
        assertThat(later).isNotEmpty().allSatisfy(term -> assertThat(DICTIONARY.terms())
                .as("predecessor of " + term.personId() + " as " + term.role())
                .anyMatch(t -> t.country().equals(term.country()) && t.role() == term.role() && t.end() != null
                        && t.heldOn(DICTIONARY.asOf()) && !t.personId().equals(term.personId())));
    }

    @Test
    void shouldNeverUseABareSurnameAsAPersonsAlias() {
        List<String> bad = DICTIONARY.terms().stream().filter(term -> {
            String[] words = term.name().split(" ");
            return words.length > 1 && term.aliases().contains(words[words.length - 1])
                    || term.aliases().contains(term.name());
        }).map(OfficeTerm::personId).distinct().toList();
        assertThat(bad).as("persons whose aliases repeat the name or give a bare surname").isEmpty();
    }

    @Test
    void shouldNotShareANameBetweenTwoCountriesUnlessBothMarkItAmbiguous() {
        Map<String, Set<String>> countriesByName = new TreeMap<>();
        for (Country country : DICTIONARY.countries()) {
            for (String name : new HashSet<>(country.allNames())) {
                countriesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(country.iso3());
            }
        }
        Map<String, Set<String>> unmarked = new TreeMap<>();
        countriesByName.forEach((name, codes) -> {
            if (codes.size() > 1 && !codes.stream().allMatch(code -> DICTIONARY.country(code).orElseThrow()
                    .isAmbiguous(name))) {
                unmarked.put(name, codes);
            }
        });
        assertThat(unmarked).as("names shared by countries without being marked ambiguous").isEmpty();
    }

    @Test
    void shouldMarkTheNamesThatAreOrdinaryWordsOrOtherPlacesAsAmbiguous() {
        Map<String, List<String>> expected = Map.of(
                "GEO", List.of("Georgia"), "JOR", List.of("Jordan"), "TCD", List.of("Chad"),
                "NER", List.of("Niger"), "GIN", List.of("Guinea"), "TUR", List.of("Turkey"),
                "CHN", List.of("China"), "USA", List.of("Washington"), "FRA", List.of("Paris"),
                "COG", List.of("Congo"));
        expected.forEach((code, names) -> assertThat(DICTIONARY.country(code).orElseThrow().ambiguous())
                .as(code).containsAll(names));
    }

    @Test
    void shouldNotRepeatANameWithinACountry() {
        assertThat(DICTIONARY.countries()).allSatisfy(country -> {
            List<String> all = country.allNames();
            assertThat(new HashSet<>(all)).as(country.iso3()).hasSize(all.size());
        });
    }

    @Test
    void shouldKnowTheNamesEveryReaderExpects() {
        Map<String, List<String>> expected = new HashMap<>();
        expected.put("GBR", List.of("UK", "Britain", "Great Britain", "British", "London", "Downing Street"));
        expected.put("USA", List.of("US", "U.S.", "USA", "United States", "America", "the White House"));
        expected.put("RUS", List.of("Moscow", "the Kremlin", "Russo"));
        expected.put("CHN", List.of("Beijing", "Sino"));
        expected.put("IND", List.of("New Delhi", "Indo"));
        expected.put("PAK", List.of("Islamabad", "Pak"));
        expected.put("FRA", List.of("the Elysee", "the Élysée", "Franco"));
        expected.put("UKR", List.of("Kyiv", "Kiev"));
        expected.put("MMR", List.of("Burma"));
        expected.put("SWZ", List.of("Swaziland"));
        expected.put("CIV", List.of("Ivory Coast", "Cote d'Ivoire"));
        expected.put("TUR", List.of("Turkey", "Türkiye", "Turco"));
        expected.put("CZE", List.of("Czech Republic"));
        expected.put("MKD", List.of("Macedonia"));
        expected.put("PRK", List.of("DPRK", "North Korea"));
        expected.put("KOR", List.of("ROK", "South Korea"));
        expected.put("AFG", List.of("Kabul", "Af"));
        expected.forEach((code, names) -> {
            Country country = DICTIONARY.country(code).orElseThrow();
            assertThat(country.allNames()).as(code).containsAll(names);
        });
        assertThat(DICTIONARY.country("CZE").orElseThrow().name()).isEqualTo("Czechia");
    }

    @Test
    void shouldListTheMainInternationalOrganisationsOnce() {
        List<String> acronyms = DICTIONARY.organisations().stream().map(Organisation::acronym).toList();
        assertThat(acronyms).contains("UN", "EU", "NATO", "SCO", "BRICS", "ASEAN", "SAARC", "OIC", "AU", "GCC",
                "G7", "G20", "OPEC", "WTO", "IMF", "World Bank", "WHO", "IAEA", "OSCE", "Arab League", "CSTO",
                "EAEU", "CIS", "Quad", "AUKUS", "Mercosur", "ECOWAS", "APEC", "CARICOM", "CoE", "G8", "G77", "UNHRC",
                "Nuclear Suppliers Group", "Andean Community", "Arctic Council", "Pacific Alliance", "Visegrad Group");
        assertThat(acronyms).doesNotHaveDuplicates();
        assertThat(DICTIONARY.organisations()).allSatisfy(org -> assertThat(org.id()).startsWith("ORG."));
        assertThat(DICTIONARY.organisations().stream().map(Organisation::id).toList()).doesNotHaveDuplicates();
        Set<String> orgNames = DICTIONARY.organisations().stream()
                .flatMap(o -> Arrays.asList(o.name()).stream()).collect(Collectors.toSet());
        assertThat(orgNames).contains("Council of Europe", "Shanghai Cooperation Organisation");
    }

    private static java.time.LocalDate endOf(OfficeTerm term) {
        return term.end() == null ? java.time.LocalDate.MAX : term.end();
    }
}
