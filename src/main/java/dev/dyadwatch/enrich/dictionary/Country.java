package dev.dyadwatch.enrich.dictionary;

import java.util.ArrayList;
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
 * @param ambiguous names of this country (from any of the lists above) that are also ordinary words, given
 *     names or other places ({@code Georgia}, {@code Jordan}, {@code Chad}, {@code Turkey}): a matcher counts
 *     them only with supporting context
 */
public record Country(String iso3, String name, List<String> aliases, List<String> adjectives,
        List<String> capitals, List<String> pairForms, List<String> ambiguous) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        pairForms = List.copyOf(pairForms);
        ambiguous = List.copyOf(ambiguous);
    }

    /** A country none of whose names is ambiguous (the format before the {@code ambiguous} column). */
    public Country(String iso3, String name, List<String> aliases, List<String> adjectives,
            List<String> capitals, List<String> pairForms) {
        this(iso3, name, aliases, adjectives, capitals, pairForms, List.of());
    }

    /** Actor id of the country itself. */
    public String actorId() {
        return iso3;
    }

    /** Actor id of the country's government, named by its capital or seat. */
    public String governmentActorId() {
        return iso3 + ".GOV";
    }

    /** True when {@code surfaceForm} is one of this country's names that needs context to count. */
    public boolean isAmbiguous(String surfaceForm) {
        return ambiguous.contains(surfaceForm);
    }

    /** The canonical name, aliases, adjectives, capitals and pair forms, in that order. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        all.addAll(adjectives);
        all.addAll(capitals);
        all.addAll(pairForms);
        return all;
    }
}
