package dev.dyadwatch.generator;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * An invented news outlet that generated articles appear in; read from the bundled {@code outlets.tsv}.
 *
 * @param name the source name
 * @param domain host of its URLs (under the reserved {@code .example} domain)
 * @param offset the UTC offset its publication times carry
 * @param urlStyle how its article paths look
 * @param datelineStyle how it opens a story
 */
record Outlet(String name, String domain, ZoneOffset offset, UrlStyle urlStyle, DatelineStyle datelineStyle) {

    /** Path shapes of article URLs. */
    enum UrlStyle { DATE, SECTION, STORY, QUERY }

    /** Dateline shapes: {@code ISLAMABAD:}, {@code MOSCOW, March 4 (Outlet) -}, {@code LONDON --}, none. */
    enum DatelineStyle { COLON, AGENCY, DASH, NONE }

    static List<Outlet> loadDefault() {
        return Tables.read("outlets.tsv", row -> {
            if (!row.get("domain").endsWith(".example")) {
                throw row.error("outlet domains must be under .example");
            }
            return new Outlet(row.get("name"), row.get("domain"), ZoneOffset.of(row.get("offset")),
                    UrlStyle.valueOf(row.get("url").toUpperCase(Locale.ROOT)),
                    DatelineStyle.valueOf(row.get("dateline").toUpperCase(Locale.ROOT)));
        });
    }
}
