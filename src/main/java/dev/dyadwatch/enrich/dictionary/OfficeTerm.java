package dev.dyadwatch.enrich.dictionary;

import dev.dyadwatch.avro.ActorRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's term in one office: who, for which country, in which role, from when to when.
 * A person with several offices over time has one term per office.
 *
 * @param personId stable id of the person across terms, {@code <ISO3>.<slug>}, e.g. {@code RUS.sergey-lavrov}
 * @param name canonical display name
 * @param aliases other spellings and names of the person ({@code Sergei Lavrov}), never bare surnames shared by
 *     others
 * @param country ISO 3166-1 alpha-3 code of the country the office belongs to
 * @param role the office's role
 * @param title the office's own title, e.g. {@code Minister of External Affairs}
 * @param start first day in office
 * @param end last day in office, or null when still in office at the dictionary's as-of date
 * @param called what the press calls the holder in place of the title during this term, lower case (China's
 *     "top diplomat" is the director of the party's foreign affairs office, not always the foreign minister)
 */
public record OfficeTerm(String personId, String name, List<String> aliases, String country, ActorRole role,
        String title, LocalDate start, LocalDate end, List<String> called) {

    public OfficeTerm {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        aliases = List.copyOf(aliases);
        called = called == null ? List.of() : called.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("term of " + personId + " ends (" + end + ") before it starts ("
                    + start + ")");
        }
    }

    /** A term the press knows only by its title. */
    public OfficeTerm(String personId, String name, List<String> aliases, String country, ActorRole role,
            String title, LocalDate start, LocalDate end) {
        this(personId, name, aliases, country, role, title, start, end, List.of());
    }

    /** True when the person held this office on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
