package dev.dyadwatch.enrich.dictionary;

import dev.dyadwatch.avro.ActorRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The actor dictionary: countries with their names, adjectives and seats of government; office holders with
 * the dates of their terms; international organisations; countries' own councils whose names hold an
 * organisation's name.
 *
 * <p>It is data, read from five files in one folder (the bundled ones live in the jar under
 * {@code /dev/dyadwatch/enrich/actors/}; their README describes the format): {@code countries.tsv},
 * {@code people.tsv}, {@code organisations.tsv}, {@code bodies.tsv} and {@code dictionary.properties} (its
 * {@code as.of} date). A user's folder may replace the bundled dictionary ({@link #load(Path)}) or extend it
 * ({@link #merge(ActorDictionary)}: the user's countries replace bundled ones with the same code, their terms,
 * organisations and bodies are added).
 */
public final class ActorDictionary {

    static final String RESOURCE_DIR = "/dev/dyadwatch/enrich/actors/";
    static final String COUNTRIES = "countries.tsv";
    static final String PEOPLE = "people.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    static final String BODIES = "bodies.tsv";
    static final String PROPERTIES = "dictionary.properties";

    static final List<String> COUNTRY_COLUMNS =
            List.of("iso3", "name", "aliases", "adjectives", "capitals", "pair_forms");
    /** Columns added after the first format; files without them still load. */
    static final List<String> COUNTRY_OPTIONAL_COLUMNS = List.of("ambiguous");
    static final List<String> PEOPLE_COLUMNS =
            List.of("person_id", "name", "aliases", "country", "role", "title", "start", "end");
    /** Added after the first format: what the press calls the holder instead of the title ("top diplomat"). */
    static final List<String> PEOPLE_OPTIONAL_COLUMNS = List.of("called");
    static final List<String> BODY_COLUMNS = List.of("name", "country");
    static final List<String> ORGANISATION_COLUMNS = List.of("id", "acronym", "name", "aliases");

    private final Map<String, Country> countries;
    private final List<OfficeTerm> terms;
    private final List<Organisation> organisations;
    private final List<NationalBody> bodies;
    private final LocalDate asOf;

    private ActorDictionary(List<Country> countries, List<OfficeTerm> terms, List<Organisation> organisations,
            List<NationalBody> bodies, LocalDate asOf) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        countries.forEach(c -> byCode.put(c.iso3(), c));
        this.countries = byCode;
        this.terms = List.copyOf(terms);
        this.organisations = List.copyOf(organisations);
        this.bodies = List.copyOf(bodies);
        this.asOf = asOf;
    }

    /** The dictionary bundled with dyadwatch. */
    public static ActorDictionary loadDefault() {
        return new ActorDictionary(
                readResource(COUNTRIES, COUNTRY_COLUMNS, COUNTRY_OPTIONAL_COLUMNS, ActorDictionary::country),
                readResource(PEOPLE, PEOPLE_COLUMNS, PEOPLE_OPTIONAL_COLUMNS, ActorDictionary::term),
                readResource(ORGANISATIONS, ORGANISATION_COLUMNS, List.of(), ActorDictionary::organisation),
                readResource(BODIES, BODY_COLUMNS, List.of(), ActorDictionary::body),
                asOf(resource(PROPERTIES), "classpath:" + RESOURCE_DIR + PROPERTIES));
    }

    /** A dictionary from a folder holding the same five files (a missing table counts as empty). */
    public static ActorDictionary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DictionaryFormatException("actor dictionary folder " + dir + " does not exist", null);
        }
        Path properties = dir.resolve(PROPERTIES);
        LocalDate asOf;
        try (InputStream in = Files.exists(properties) ? Files.newInputStream(properties) : null) {
            asOf = in == null ? null : asOf(in, properties.toString());
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read " + properties + ": " + e.getMessage(), e);
        }
        return new ActorDictionary(
                readFile(dir.resolve(COUNTRIES), COUNTRY_COLUMNS, COUNTRY_OPTIONAL_COLUMNS, ActorDictionary::country),
                readFile(dir.resolve(PEOPLE), PEOPLE_COLUMNS, PEOPLE_OPTIONAL_COLUMNS, ActorDictionary::term),
                readFile(dir.resolve(ORGANISATIONS), ORGANISATION_COLUMNS, List.of(), ActorDictionary::organisation),
                readFile(dir.resolve(BODIES), BODY_COLUMNS, List.of(), ActorDictionary::body),
                asOf);
    }

    /**
     * This dictionary extended by {@code extra}: its countries replace ours, its terms, organisations and national
     * bodies add.
     */
    public ActorDictionary merge(ActorDictionary extra) {
        Map<String, Country> merged = new LinkedHashMap<>(countries);
        extra.countries.forEach(merged::put);
        List<OfficeTerm> allTerms = new ArrayList<>(terms);
        allTerms.addAll(extra.terms);
        List<Organisation> allOrganisations = new ArrayList<>(organisations);
        allOrganisations.addAll(extra.organisations);
        List<NationalBody> allBodies = new ArrayList<>(bodies);
        allBodies.addAll(extra.bodies);
        LocalDate date = extra.asOf == null ? asOf : asOf == null || extra.asOf.isAfter(asOf) ? extra.asOf : asOf;
        return new ActorDictionary(List.copyOf(merged.values()), allTerms, allOrganisations, allBodies, date);
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public List<OfficeTerm> terms() {
        return terms;
    }

    /** Every term of one person, in the order of the file. */
    public List<OfficeTerm> termsOf(String personId) {
        return terms.stream().filter(t -> t.personId().equals(personId)).toList();
    }

    /** The terms grouped by person id. */
    public Map<String, List<OfficeTerm>> termsByPerson() {
        return terms.stream().collect(Collectors.groupingBy(OfficeTerm::personId, LinkedHashMap::new,
                Collectors.toList()));
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    /** Countries' own institutions whose names hold an organisation's name ("Security Council of Russia"). */
    public List<NationalBody> bodies() {
        return bodies;
    }

    /** The day the office holders were last checked, or null when the dictionary does not say. */
    public LocalDate asOf() {
        return asOf;
    }

    private static Country country(TsvTable.Row row) {
        String iso3 = row.required("iso3");
        if (!iso3.matches("[A-Z]{3}")) {
            throw row.error("iso3 '" + iso3 + "' is not three capital letters", null);
        }
        Country country = new Country(iso3, row.required("name"), row.list("aliases"), row.list("adjectives"),
                row.list("capitals"), row.list("pair_forms"), row.list("ambiguous"));
        List<String> unknown = country.ambiguous().stream().filter(n -> !country.allNames().contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw row.error("ambiguous " + unknown + " are not names of this row", null);
        }
        return country;
    }

    private static OfficeTerm term(TsvTable.Row row) {
        String role = row.required("role");
        ActorRole parsedRole;
        try {
            parsedRole = ActorRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw row.error("role '" + role + "' is not one of HEAD_OF_STATE, HEAD_OF_GOVERNMENT, "
                    + "FOREIGN_MINISTER, DEFENCE_MINISTER, OTHER_OFFICIAL, MILITARY", e);
        }
        String end = row.text("end");
        return new OfficeTerm(row.required("person_id"), row.required("name"), row.list("aliases"),
                row.required("country"), parsedRole, row.required("title"), date(row, row.required("start")),
                end.isEmpty() ? null : date(row, end), row.list("called"));
    }

    private static NationalBody body(TsvTable.Row row) {
        String country = row.text("country");
        if (!country.isEmpty() && !country.matches("[A-Z]{3}")) {
            throw row.error("country '" + country + "' is not three capital letters", null);
        }
        return new NationalBody(row.required("name"), country.isEmpty() ? null : country);
    }

    private static Organisation organisation(TsvTable.Row row) {
        return new Organisation(row.required("id"), row.required("acronym"), row.required("name"),
                row.list("aliases"));
    }

    private static LocalDate date(TsvTable.Row row, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error("'" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static LocalDate asOf(InputStream in, String where) {
        Properties props = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read " + where + ": " + e.getMessage(), e);
        }
        String text = props.getProperty("as.of");
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DictionaryFormatException(where + ": as.of '" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new DictionaryFormatException("bundled dictionary file " + RESOURCE_DIR + name
                    + " is missing from the classpath", null);
        }
        return in;
    }

    private static <T> List<T> readResource(String name, List<String> columns, List<String> optionalColumns,
            java.util.function.Function<TsvTable.Row, T> parse) {
        return TsvTable.read(new InputStreamReader(resource(name), StandardCharsets.UTF_8),
                "classpath:" + RESOURCE_DIR + name, columns, optionalColumns, parse);
    }

    private static <T> List<T> readFile(Path file, List<String> columns, List<String> optionalColumns,
            java.util.function.Function<TsvTable.Row, T> parse) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return TsvTable.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), columns,
                    optionalColumns, parse);
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
