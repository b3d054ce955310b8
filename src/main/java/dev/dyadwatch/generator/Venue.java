package dev.dyadwatch.generator;

import java.util.List;

/**
 * A gathering where two countries' leaders or ministers meet at a third location (CAMEO 044).
 *
 * @param name the gathering ("the Munich Security Conference", "a regional security forum")
 * @param city where it is held
 * @param host ISO alpha-3 code of the host country
 */
record Venue(String name, String city, String host) {

    static List<Venue> loadDefault() {
        return Tables.read("venues.tsv", row -> new Venue(row.get("name"), row.get("city"), row.get("host")));
    }

    /** The gathering with its city, unless its name already says where it is. */
    String phrase() {
        return name.contains(city) ? name : name + " in " + city;
    }
}
