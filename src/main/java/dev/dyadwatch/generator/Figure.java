package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ActorRole;
import java.util.Locale;

/**
 * One side of a generated contact: an office holder of a country on a date, or the office itself when the
 * dictionary knows no holder, with every way prose refers to them worked out once.
 */
final class Figure {

    private final String id;
    private final CountryStyle country;
    private final ActorRole role;
    private final String name;
    private final String genericTitle;
    private final String[] firstForms;
    private final String[] appositiveForms;
    private final String[] laterForms;
    private final String shortForm;

    private Figure(String id, CountryStyle country, ActorRole role, String name, String title) {
        this.id = id;
        this.country = country;
        this.role = role;
        this.name = name;
        this.genericTitle = title.toLowerCase(Locale.ROOT);
        String adjective = country.adjective();
        String generic = "the " + adjective + " " + genericTitle;
        if (name == null) {
            firstForms = new String[] {generic, country.possessive() + " " + genericTitle,
                "the " + genericTitle + " of " + country.name()};
            appositiveForms = firstForms;
            laterForms = new String[] {generic};
            shortForm = country.name();
        } else {
            String surname = surname(name, country.familyNameFirst());
            firstForms = new String[] {country.modifier() + " " + title + " " + name,
                country.possessive() + " " + title + " " + name, title + " " + name + " of " + country.name()};
            appositiveForms = new String[] {name + ", the " + adjective + " " + genericTitle + ",",
                name + ", " + country.possessive() + " " + genericTitle + ","};
            laterForms = surname == null ? new String[] {name, generic}
                    : new String[] {surname, surname, title + " " + surname, generic};
            shortForm = surname == null ? name : surname;
        }
    }

    /** The holder of an office, as the dictionary names them. */
    static Figure person(String personId, CountryStyle country, ActorRole role, String name, String title) {
        return new Figure(personId, country, role, name, title);
    }

    /** An office whose holder the dictionary does not know on that day: prose names the title only. */
    static Figure office(CountryStyle country, ActorRole role, String genericTitle) {
        return new Figure(null, country, role, null, genericTitle);
    }

    /** Dictionary person id, or null when only the office is known. */
    String id() {
        return id;
    }

    CountryStyle country() {
        return country;
    }

    ActorRole role() {
        return role;
    }

    /** The person's name, or null when only the office is known. */
    String name() {
        return name;
    }

    /** The office in lower case ("foreign minister"). */
    String genericTitle() {
        return genericTitle;
    }

    String[] firstForms() {
        return firstForms;
    }

    /** First-mention forms that are appositions ("Sergey Lavrov, the Russian foreign minister,"). */
    String[] appositiveForms() {
        return appositiveForms;
    }

    String[] laterForms() {
        return laterForms;
    }

    /** For headlines: the surname, else the country. */
    String shortForm() {
        return shortForm;
    }

    /**
     * The name a later mention uses on its own: the family name, or null when the name carries particles
     * ("bin", "al") that make a bare surname unidiomatic.
     */
    static String surname(String name, boolean familyNameFirst) {
        String[] tokens = name.split(" ");
        if (tokens.length == 1) {
            return name;
        }
        for (String token : tokens) {
            if (!token.isEmpty() && Character.isLowerCase(token.charAt(0))) {
                return null;
            }
        }
        return familyNameFirst ? tokens[0] : tokens[tokens.length - 1];
    }
}
