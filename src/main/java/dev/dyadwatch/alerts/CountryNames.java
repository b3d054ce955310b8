package dev.dyadwatch.alerts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** English names of countries by ISO 3166-1 alpha-3 code, from the JDK's own ISO tables. */
public final class CountryNames {

    private static final Map<String, String> NAMES = load();

    private CountryNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            try {
                names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
            } catch (MissingResourceException e) {
                // A region without an alpha-3 code: nothing to name.
                continue;
            }
        }
        // In use before ISO assigned a code.
        names.putIfAbsent("XKX", "Kosovo");
        return Map.copyOf(names);
    }

    /** The name of {@code iso3}, or the code itself when unknown. */
    public static String name(String iso3) {
        return NAMES.getOrDefault(iso3, iso3);
    }

    /** "Pakistan - Russia" for {@code PAK-RUS}; the key itself when it is not a dyad. */
    public static String dyad(String dyad) {
        if (dyad == null || dyad.length() != 7 || dyad.charAt(3) != '-') {
            return String.valueOf(dyad);
        }
        return name(dyad.substring(0, 3)) + " - " + name(dyad.substring(4));
    }
}
