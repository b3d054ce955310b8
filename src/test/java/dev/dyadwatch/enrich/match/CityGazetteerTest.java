package dev.dyadwatch.enrich.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.dictionary.Country;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CityGazetteerTest {

    private static final String HEADER = "# a comment\nname\tcountry\taliases\n";

    @Test
    void shouldReadCitiesWithTheirCountryAndOtherNames() {
        CityGazetteer cities = CityGazetteer.read(new StringReader(HEADER + "Karachi\tPAK\t\n"
                + "Mumbai\tIND\tBombay\n"), "test.tsv");
        assertThat(cities.cities()).extracting(c -> c.name() + " " + c.country() + " " + c.allNames())
                .containsExactly("Karachi PAK [Karachi]", "Mumbai IND [Mumbai, Bombay]");
    }

    @Test
    void shouldReadANameThatCitiesOfSeveralCountriesShare() {
        CityGazetteer cities = CityGazetteer.read(new StringReader(HEADER + "Karachi\tPAK\t\n"
                + "Alexandria\tEGY|USA\t\n"), "test.tsv");
        assertThat(cities.cities()).extracting(c -> c.name() + " " + c.countries() + " " + c.isShared())
                .containsExactly("Karachi [PAK] false", "Alexandria [EGY, USA] true");
        assertThatThrownBy(() -> CityGazetteer.read(new StringReader(HEADER + "Alexandria\tEGY|US\t\n"),
                "test.tsv")).hasMessage("test.tsv:3: 'US' is not an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() -> CityGazetteer.read(new StringReader(HEADER + "Alexandria\tEGY|EGY\t\n"),
                "test.tsv")).hasMessage("test.tsv:3: a country is given twice");
    }

    @Test
    void shouldNameTheFileAndLineOfABadRow() {
        assertThatThrownBy(() -> CityGazetteer.read(new StringReader(HEADER + "Karachi\tPK\t\n"), "test.tsv"))
                .hasMessage("test.tsv:3: 'PK' is not an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() -> CityGazetteer.read(new StringReader(HEADER + "Karachi\tPAK\n"), "test.tsv"))
                .hasMessageContaining("test.tsv:3: expected 3 tab-separated columns");
        assertThatThrownBy(() -> CityGazetteer.read(new StringReader("city\tiso\n"), "test.tsv"))
                .hasMessageContaining("test.tsv:1: expected the header");
    }

    @Test
    void shouldRefuseANameGivenTwice() {
        assertThatThrownBy(() -> CityGazetteer.read(new StringReader(HEADER + "Mumbai\tIND\tBombay\n"
                + "Bombay\tIND\t\n"), "test.tsv")).hasMessage("test.tsv:4: 'Bombay' is already given on line 3");
    }

    @Test
    void shouldBundleAFewHundredCitiesOfKnownCountriesThatAreNeitherCountriesNorCapitals() {
        CityGazetteer cities = CityGazetteer.loadDefault();
        ActorDictionary dictionary = ActorDictionary.loadDefault();
        Map<String, Country> countries = dictionary.countries().stream()
                .collect(Collectors.toMap(Country::iso3, Function.identity()));
        Set<String> countryWords = new HashSet<>();
        dictionary.countries().forEach(c -> {
            countryWords.addAll(c.allNames());
            countryWords.addAll(c.capitals());
        });
        assertThat(cities.cities()).hasSizeGreaterThan(300);
        assertThat(cities.cities()).allMatch(c -> countries.keySet().containsAll(c.countries()),
                "country in the dictionary");
        assertThat(cities.cities()).flatExtracting(CityGazetteer.City::allNames)
                .doesNotContainAnyElementsOf(countryWords);
        assertThat(cities.cities()).filteredOn(c -> c.name().equals("Samarkand") || c.name().equals("Karachi"))
                .extracting(CityGazetteer.City::country).containsExactly("PAK", "UZB");
    }
}
