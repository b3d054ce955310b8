package dev.dyadwatch.enrich.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * A country as the dictionary knows it: every way a text names it or its government.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, e.g. {@code PAK}
 * @param name canonical short name, e.g. {@code Pakistan}
 * @param aliases other names: official, short and former names ({@code Islamic Republic of Pakistan})
 * @param adjectives adjectives and demonyms ({@code Pakistani}, {@code Pakistanis})
 * @param capitals capitals and seats of government used for the government ({@code Islamabad},
 *     {@code the Kremlin})
 * @param pairForms short forms valid only inside a hyphenated pair ({@code Pak} in "Pak-Russia ties")
 */
public record Country(String iso3, String name, List<String> aliases, List<String> adjectives,
        List<String> capitals, List<String> pairForms) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        pairForms = List.copyOf(pairForms);
    }

    /** Actor id of the country itself. */
    public String actorId() {
        return iso3;
    }

    /** Actor id of the country's government, named by its capital or seat. */
    public String governmentActorId() {
        return iso3 + ".GOV";
    }
}
