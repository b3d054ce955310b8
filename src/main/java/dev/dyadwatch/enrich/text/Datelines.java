package dev.dyadwatch.enrich.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dateline left at the start of an article's text ("ISLAMABAD:", "BEIJING, Feb. 20 (Wire) --", "NEW
 * DELHI -"): a dateline names where the reporter filed from, not an actor, so it is never coded.
 */
public final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*(\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?)"
            + "(?:,\\s*\\p{Lu}[\\p{Ll}]{2,4}\\.?\\s+\\d{1,2})?"
            + "\\s*(?:\\([^)\\n]{1,40}\\))?"
            + "\\s*(?::|--|—|–|-)\\s+");

    private Datelines() {
    }

    /** Where a leading dateline ends, and its place name; {@code end} is 0 when the text has none. */
    public record Dateline(String place, int end) {

        public boolean present() {
            return end > 0;
        }
    }

    /** The dateline at the start of {@code text}, if any. */
    public static Dateline find(String text) {
        Matcher m = DATELINE.matcher(text);
        if (m.lookingAt()) {
            String place = m.group(1).strip();
            // A dateline is a place in capitals; a sentence starting with an acronym ("NATO - ...") is rare
            // enough in wire copy that one or two capitalised words before a colon or dash are taken as one.
            if (place.length() >= 3 && place.split(" ").length <= 4) {
                return new Dateline(place, m.end());
            }
        }
        return new Dateline(null, 0);
    }
}
