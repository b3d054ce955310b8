package dev.dyadwatch.enrich.match;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.dictionary.Country;
import dev.dyadwatch.enrich.dictionary.NationalBody;
import dev.dyadwatch.enrich.dictionary.OfficeTerm;
import dev.dyadwatch.enrich.dictionary.Organisation;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.tokenize.Tokenizer;

/**
 * The actor dictionary compiled for matching: one Aho-Corasick automaton over every name, alias, adjective,
 * capital, city of the gazetteer and acronym (tokenized like the text), person lookups by date, by surname and
 * by spelling skeleton, and office holders by country, title and date. Built once per JVM and dictionary, shared
 * by all threads.
 */
public final class ActorIndex {

    /** What a dictionary phrase names. */
    public enum EntryKind { COUNTRY, ADJECTIVE, CAPITAL, PAIR_FORM, PERSON, ORGANISATION, CITY }

    /**
     * One meaning of a dictionary phrase.
     *
     * @param kind what it names
     * @param id ISO alpha-3 code, person id or organisation id
     * @param ambiguous true for a country name that is also a word, a given name or another place ("Georgia",
     *     "Jordan", "Turkey"), or a city name that cities of several countries share ("Alexandria"): it counts
     *     only with support from its context
     */
    public record Entry(EntryKind kind, String id, boolean ambiguous) {
    }

    /**
     * A national body several countries have ("National Security Council"): in the trie only so that the
     * organisation inside its name does not match; {@link #match} drops it.
     */
    private static final Entry NO_ACTOR = new Entry(EntryKind.ORGANISATION, "", false);

    private final TokenTrie<Entry> names = new TokenTrie<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, List<OfficeTerm>> termsByPerson;
    private final Map<String, List<OfficeTerm>> termsByCountry = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, List<String>> personsByLastName = new HashMap<>();
    private final Map<String, List<String>> personsByFirstName = new HashMap<>();
    private final SpellingVariants variants = new SpellingVariants();
    private final Map<String, List<List<String>>> personNameTokens = new HashMap<>();
    private final LocalDate asOf;

    private ActorIndex(ActorDictionary dictionary, CityGazetteer cities, TokenizerKind tokenizerKind) {
        Tokenizer tokenizer = tokenizerKind.newTokenizer();
        this.asOf = dictionary.asOf();
        for (Country country : dictionary.countries()) {
            countries.put(country.iso3(), country);
            addCountryName(tokenizer, country, country.name(), EntryKind.COUNTRY);
            country.aliases().forEach(alias -> addCountryName(tokenizer, country, alias, EntryKind.COUNTRY));
            country.adjectives().forEach(adj -> addCountryName(tokenizer, country, adj, EntryKind.ADJECTIVE));
            country.capitals().forEach(cap -> addCountryName(tokenizer, country, cap, EntryKind.CAPITAL));
            country.pairForms().forEach(form -> addCountryName(tokenizer, country, form, EntryKind.PAIR_FORM));
        }
        this.termsByPerson = dictionary.termsByPerson();
        termsByPerson.forEach((personId, terms) -> {
            Set<String> spellings = new HashSet<>();
            for (OfficeTerm term : terms) {
                termsByCountry.computeIfAbsent(term.country(), c -> new ArrayList<>()).add(term);
                spellings.add(term.name());
                spellings.addAll(term.aliases());
            }
            for (String spelling : spellings) {
                List<String> words = add(tokenizer, spelling, EntryKind.PERSON, personId);
                indexPersonWords(personId, words);
            }
        });
        for (Organisation organisation : dictionary.organisations()) {
            organisations.put(organisation.id(), organisation);
            add(tokenizer, organisation.acronym(), EntryKind.ORGANISATION, organisation.id());
            add(tokenizer, organisation.name(), EntryKind.ORGANISATION, organisation.id());
            organisation.aliases().forEach(a -> add(tokenizer, a, EntryKind.ORGANISATION, organisation.id()));
        }
        for (NationalBody body : dictionary.bodies()) {
            if (body.namesCountry()) {
                add(tokenizer, body.name(), EntryKind.COUNTRY, body.country());
            } else {
                names.add(Arrays.stream(tokenizer.tokenize(body.name())).map(NameKeys::of).toList(), NO_ACTOR);
            }
        }
        for (CityGazetteer.City city : cities.cities()) {
            // A city of a country the dictionary does not know could make no actor: left out. A shared name is
            // ambiguous: the article's context chooses among its countries.
            List<String> known = city.countries().stream().filter(countries::containsKey).toList();
            for (String iso : known) {
                for (String name : city.allNames()) {
                    List<String> keys = Arrays.stream(tokenizer.tokenize(name)).map(NameKeys::of).toList();
                    names.add(keys, new Entry(EntryKind.CITY, iso, city.isShared()));
                }
            }
        }
        names.build();
    }

    /** Compiles {@code dictionary} and the bundled city gazetteer for text tokenized by {@code tokenizer}. */
    public static ActorIndex build(ActorDictionary dictionary, TokenizerKind tokenizer) {
        return new ActorIndex(dictionary, CityGazetteer.loadDefault(), tokenizer);
    }

    /** Compiles {@code dictionary} and {@code cities} for text tokenized by {@code tokenizer}. */
    public static ActorIndex build(ActorDictionary dictionary, CityGazetteer cities, TokenizerKind tokenizer) {
        return new ActorIndex(dictionary, cities, tokenizer);
    }

    private List<String> add(Tokenizer tokenizer, String phrase, EntryKind kind, String id) {
        List<String> keys = Arrays.stream(tokenizer.tokenize(phrase)).map(NameKeys::of).toList();
        names.add(keys, new Entry(kind, id, false));
        return keys;
    }

    private void addCountryName(Tokenizer tokenizer, Country country, String phrase, EntryKind kind) {
        List<String> keys = Arrays.stream(tokenizer.tokenize(phrase)).map(NameKeys::of).toList();
        names.add(keys, new Entry(kind, country.iso3(), country.isAmbiguous(phrase)));
    }

    private void indexPersonWords(String personId, List<String> words) {
        List<String> parts = words.stream().filter(w -> Character.isLetter(w.charAt(0))
                && Character.isUpperCase(w.charAt(0))).toList();
        if (parts.isEmpty()) {
            return;
        }
        personNameTokens.computeIfAbsent(personId, p -> new ArrayList<>()).add(parts);
        addUnique(personsByLastName, parts.get(parts.size() - 1), personId);
        if (parts.size() >= 2) {
            addUnique(personsByFirstName, parts.get(0), personId);
        }
        variants.add(personId, words);
    }

    private static void addUnique(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /** Every dictionary phrase in {@code tokens}, leftmost-longest, without overlaps. */
    public List<TokenTrie.Match<Entry>> match(List<Token> tokens) {
        List<TokenTrie.Match<Entry>> found = names.findLongest(tokens, NameKeys::of);
        found.removeIf(m -> m.values().contains(NO_ACTOR));
        return Collections.unmodifiableList(found);
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /** The day the dictionary's office holders were checked, or null. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The person's terms, in the order of the dictionary. */
    public List<OfficeTerm> terms(String personId) {
        return termsByPerson.getOrDefault(personId, List.of());
    }

    /** The term that best describes the person on {@code day}: one held that day, else the closest in time. */
    public Optional<OfficeTerm> termOn(String personId, LocalDate day) {
        List<OfficeTerm> terms = terms(personId);
        Optional<OfficeTerm> held = terms.stream().filter(t -> t.heldOn(day))
                .min(Comparator.comparingInt(t -> rank(t.role())));
        if (held.isPresent()) {
            return held;
        }
        return terms.stream().min(Comparator.comparingLong(t -> distance(t, day)));
    }

    /** True when the person held any office on {@code day}. */
    public boolean inOffice(String personId, LocalDate day) {
        return terms(personId).stream().anyMatch(t -> t.heldOn(day));
    }

    /** The words of each spelling of a person's name that are capitalised (given names and surnames). */
    public List<List<String>> nameWords(String personId) {
        return personNameTokens.getOrDefault(personId, List.of());
    }

    /** People whose name ends with {@code key} ("Putin"). */
    public List<String> personsWithLastName(String key) {
        return personsByLastName.getOrDefault(key, List.of());
    }

    /** People whose name starts with {@code key} ("Xi", "Kim"). */
    public List<String> personsWithFirstName(String key) {
        return personsByFirstName.getOrDefault(key, List.of());
    }

    /**
     * People whose name the words of a name run may spell differently ("Sergei Lavrov" for "Sergey Lavrov"); see
     * {@link SpellingVariants#candidates}.
     */
    public List<String> personsSpelledLike(List<String> runWords) {
        return variants.candidates(runWords);
    }

    /**
     * Who held an office of {@code iso3} on {@code day}: a term whose own title contains {@code title} (lower
     * case, e.g. "president", "foreign secretary"), else one of {@code role} when it is one of the named roles (not
     * {@code OTHER_OFFICIAL}, which gathers unrelated offices).
     */
    public Optional<OfficeTerm> officeHolder(String iso3, String title, ActorRole role, LocalDate day) {
        List<OfficeTerm> held = termsByCountry.getOrDefault(iso3, List.of()).stream()
                .filter(t -> t.heldOn(day)).toList();
        if (title != null) {
            for (OfficeTerm term : held) {
                // "China's top diplomat": whom the press calls so, before the office that usually is.
                if (term.called().contains(title)) {
                    return Optional.of(term);
                }
            }
            for (OfficeTerm term : held) {
                if (term.title().toLowerCase(Locale.ROOT).equals(title)) {
                    return Optional.of(term);
                }
            }
            for (OfficeTerm term : held) {
                String own = " " + term.title().toLowerCase(Locale.ROOT) + " ";
                // "minister" alone is not the prime minister: "prime" makes another office of it
                if (own.contains(" " + title + " ") && !own.contains(" deputy ") && !own.contains(" vice ")
                        && (title.contains("prime") || !own.contains(" prime " + title + " "))) {
                    return Optional.of(term);
                }
            }
        }
        if (role == null || role == ActorRole.OTHER_OFFICIAL) {
            // "other official" gathers every other office: the Chinese ambassador is not whoever holds one of them.
            return Optional.empty();
        }
        return held.stream().filter(t -> t.role() == role).findFirst();
    }

    private static long distance(OfficeTerm term, LocalDate day) {
        if (day.isBefore(term.start())) {
            return term.start().toEpochDay() - day.toEpochDay();
        }
        return term.end() == null ? 0 : day.toEpochDay() - term.end().toEpochDay();
    }

    /** Order of precedence of roles when a person holds two offices at once. */
    public static int rank(ActorRole role) {
        return switch (role) {
            case HEAD_OF_STATE -> 0;
            case HEAD_OF_GOVERNMENT -> 1;
            case FOREIGN_MINISTER -> 2;
            case DEFENCE_MINISTER -> 3;
            case OTHER_OFFICIAL -> 4;
            case MILITARY -> 5;
            default -> 6;
        };
    }
}
