package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.dictionary.Country;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the generator writes must be what the coder can read: every form it uses is in the actor dictionary. */
class CountryStyleTest {

    private final ActorDictionary dictionary = ActorDictionary.loadDefault();

    @Test
    void shouldNameEveryCountryAsTheDictionaryKnowsIt() {
        for (CountryStyle style : CountryStyle.loadDefault()) {
            Country country = dictionary.country(style.iso3()).orElseThrow(
                    () -> new AssertionError(style.iso3() + " is not in the actor dictionary"));
            List<String> names = new ArrayList<>(country.aliases());
            names.add(country.name());
            List<String> adjectives = new ArrayList<>(country.adjectives());
            adjectives.addAll(names);
            List<String> capitals = new ArrayList<>(country.capitals());
            capitals.addAll(names);
            assertThat(names).as(style.iso3() + " name").contains(style.bareName());
            assertThat(adjectives).as(style.iso3() + " adjective").contains(style.adjective(), style.modifier());
            assertThat(capitals).as(style.iso3() + " capital and seat").contains(style.capital(), style.seat());
        }
    }

    @Test
    void shouldKnowEveryDefaultDyadAndEveryScenarioDyad() {
        List<String> codes = Generators.shared().countryCodes();
        for (DyadRate rate : DyadRate.defaults()) {
            assertThat(codes).contains(rate.dyad().split("-"));
        }
        assertThat(codes).contains("PAK", "RUS", "KEN", "NOR", "ARG", "VNM");
    }

    @Test
    void shouldGiveEveryCountryAFewCities() {
        assertThat(CountryStyle.loadDefault()).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(style -> assertThat(style.cities()).hasSizeGreaterThanOrEqualTo(3));
    }
}
