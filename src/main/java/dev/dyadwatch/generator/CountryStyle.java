package dev.dyadwatch.generator;

import java.util.List;

/**
 * How generated prose names one country; read from the bundled {@code countries.tsv}, whose header explains
 * each column. Office holders are not here: they come from the actor dictionary by date.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param name the name as it runs in a sentence ("the United States")
 * @param modifier the word before an office title ("US" in "US President")
 * @param adjective adjective and demonym ("American")
 * @param capital capital, used as a metonym and a dateline
 * @param seat seat of government used as a metonym ("the Kremlin"), or the capital
 * @param ministry the foreign ministry, named with its country
 * @param leaderIsHeadOfState true when the head of state speaks for the country in leader-level contact
 * @param familyNameFirst true when names are written family name first ("Xi Jinping": later "Xi")
 * @param cities other cities
 */
record CountryStyle(String iso3, String name, String modifier, String adjective, String capital, String seat,
        String ministry, boolean leaderIsHeadOfState, boolean familyNameFirst, List<String> cities) {

    static List<CountryStyle> loadDefault() {
        return Tables.read("countries.tsv", row -> {
            String iso3 = row.get("iso3");
            if (!iso3.matches("[A-Z]{3}")) {
                throw row.error("iso3 '" + iso3 + "' is not three capital letters");
            }
            String leader = row.get("leader");
            String order = row.get("order");
            if (!leader.equals("HOS") && !leader.equals("HOG") || !order.equals("GF") && !order.equals("FG")) {
                throw row.error("leader must be HOS or HOG and order GF or FG");
            }
            String capital = row.get("capital");
            String seat = row.get("seat");
            return new CountryStyle(iso3, row.get("name"), row.get("modifier"), row.get("adjective"), capital,
                    seat.isEmpty() ? capital : seat, row.get("ministry"), leader.equals("HOS"), order.equals("FG"),
                    row.list("cities"));
        });
    }

    /** The name without a leading article, as a dictionary lists it ("United States"). */
    String bareName() {
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    /** "Pakistan's", "the United States'". */
    String possessive() {
        return Prose.possessive(name);
    }
}
