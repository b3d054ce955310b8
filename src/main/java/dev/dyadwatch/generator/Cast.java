package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.dictionary.OfficeTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who held which office on which day, from the actor dictionary: the people generated articles quote.
 * When the dictionary has no holder for an office on a day, the office itself is the actor and prose falls
 * back to its title ("the foreign minister of Kenya"), which is how a careful reporter writes it too.
 */
final class Cast {

    private final Map<String, Map<ActorRole, List<OfficeTerm>>> terms = new HashMap<>();
    private final Map<OfficeTerm, Figure> people = new IdentityHashMap<>();
    private final Map<String, Map<ActorRole, Figure>> offices = new HashMap<>();

    Cast(ActorDictionary dictionary) {
        for (OfficeTerm term : dictionary.terms()) {
            terms.computeIfAbsent(term.country(), c -> new EnumMap<>(ActorRole.class))
                    .computeIfAbsent(term.role(), r -> new ArrayList<>()).add(term);
        }
    }

    /** The leader who speaks for {@code country} in leader-level contact on {@code day}. */
    Figure leader(CountryStyle country, LocalDate day) {
        ActorRole preferred = country.leaderIsHeadOfState() ? ActorRole.HEAD_OF_STATE : ActorRole.HEAD_OF_GOVERNMENT;
        ActorRole other = preferred == ActorRole.HEAD_OF_STATE ? ActorRole.HEAD_OF_GOVERNMENT : ActorRole.HEAD_OF_STATE;
        OfficeTerm term = term(country.iso3(), preferred, day);
        if (term == null) {
            term = term(country.iso3(), other, day);
        }
        return term == null ? office(country, preferred) : person(term, country);
    }

    Figure holder(CountryStyle country, ActorRole role, LocalDate day) {
        OfficeTerm term = term(country.iso3(), role, day);
        return term == null ? office(country, role) : person(term, country);
    }

    private OfficeTerm term(String iso3, ActorRole role, LocalDate day) {
        List<OfficeTerm> candidates = terms.getOrDefault(iso3, Map.of()).getOrDefault(role, List.of());
        OfficeTerm found = null;
        for (OfficeTerm term : candidates) {
            // An acting holder overlapping a day of transition: the one who took office last speaks.
            if (term.heldOn(day) && (found == null || term.start().isAfter(found.start()))) {
                found = term;
            }
        }
        return found;
    }

    private Figure person(OfficeTerm term, CountryStyle country) {
        return people.computeIfAbsent(term,
                t -> Figure.person(t.personId(), country, t.role(), t.name(), t.title()));
    }

    private Figure office(CountryStyle country, ActorRole role) {
        return offices.computeIfAbsent(country.iso3(), c -> new EnumMap<>(ActorRole.class))
                .computeIfAbsent(role, key -> Figure.office(country, role, genericTitle(role)));
    }

    private static String genericTitle(ActorRole role) {
        return switch (role) {
            case HEAD_OF_STATE -> "president";
            case HEAD_OF_GOVERNMENT -> "prime minister";
            case FOREIGN_MINISTER -> "foreign minister";
            case DEFENCE_MINISTER -> "defence minister";
            default -> "official";
        };
    }
}
