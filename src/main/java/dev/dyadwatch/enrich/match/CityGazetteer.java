package dev.dyadwatch.enrich.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Major cities and places that are not capitals, with the country each lies in: the destinations and venues of
 * contacts ("arrived in Karachi", "talks in Geneva", "the summit in Samarkand"). A city is always a place, never a
 * government. The bundled table is {@code dev/dyadwatch/enrich/places/cities.tsv}; its README says what it holds
 * and what it leaves out.
 */
public final class CityGazetteer {

    /** The bundled table, on the class path. */
    public static final String BUNDLED = "/dev/dyadwatch/enrich/places/cities.tsv";
    private static final List<String> HEADER = List.of("name", "country", "aliases");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /**
     * One city, or one name that cities of several countries share ("Alexandria": Egypt and the United States),
     * which only the article's context places.
     *
     * @param name its usual English name
     * @param countries ISO 3166-1 alpha-3 code of the country it lies in, or of each country with a city so named
     * @param aliases other spellings and former names
     */
    public record City(String name, List<String> countries, List<String> aliases) {

        public City {
            Objects.requireNonNull(name, "name");
            countries = List.copyOf(countries);
            if (countries.isEmpty()) {
                throw new IllegalArgumentException("a city lies in at least one country");
            }
            aliases = List.copyOf(aliases);
        }

        /** The country it lies in; for a shared name, the first of the table's. */
        public String country() {
            return countries.get(0);
        }

        /** True when cities of several countries share the name. */
        public boolean isShared() {
            return countries.size() > 1;
        }

        /** The name and every alias. */
        public List<String> allNames() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    private final List<City> cities;

    private CityGazetteer(List<City> cities) {
        this.cities = List.copyOf(cities);
    }

    /** The bundled table. */
    public static CityGazetteer loadDefault() {
        InputStream in = CityGazetteer.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("the city gazetteer " + BUNDLED + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /**
     * Reads a table: lines starting with {@code #} are comments, then the header {@code name country aliases},
     * then one city a line, tab-separated, aliases joined by {@code |}; a name that cities of several countries
     * share lists each country, joined by {@code |}.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row, a bad country code or a
     *     name given twice
     */
    public static CityGazetteer read(Reader source, String file) {
        List<City> cities = new ArrayList<>();
        Map<String, Integer> lineOfName = new HashMap<>();
        boolean header = false;
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (!header) {
                    if (!cells.equals(HEADER)) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": expected the header "
                                + String.join("\\t", HEADER) + ", found '" + line + "'");
                    }
                    header = true;
                    continue;
                }
                City city = row(cells, file, lineNo);
                for (String name : city.allNames()) {
                    Integer earlier = lineOfName.putIfAbsent(name, lineNo);
                    if (earlier != null) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": '" + name
                                + "' is already given on line " + earlier);
                    }
                }
                cities.add(city);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!header) {
            throw new IllegalArgumentException(file + ": no header line");
        }
        return new CityGazetteer(cities);
    }

    private static City row(List<String> cells, String file, int lineNo) {
        if (cells.size() != HEADER.size()) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": expected " + HEADER.size()
                    + " tab-separated columns, found " + cells.size());
        }
        String name = cells.get(0).strip();
        List<String> countries = Arrays.stream(cells.get(1).split("\\|")).map(String::strip).toList();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": empty name");
        }
        for (String country : countries) {
            if (!ISO3.matcher(country).matches()) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": '" + country
                        + "' is not an ISO 3166-1 alpha-3 code");
            }
        }
        if (countries.stream().distinct().count() < countries.size()) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": a country is given twice");
        }
        List<String> aliases = cells.get(2).isBlank() ? List.of()
                : Arrays.stream(cells.get(2).split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new City(name, countries, aliases);
    }

    /** Every city, in the order of the table. */
    public List<City> cities() {
        return cities;
    }
}
