package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.dictionary.Country;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The kingdom", "the emirate": a writer's way back to a country already named, by the kind of state it is ("the
 * republic" is not read: most countries are republics, and the word also names regions within one). The kind is
 * read from the country's formal names in the dictionary ("Kingdom of Saudi Arabia", "Islamic Emirate of
 * Afghanistan"), so the phrase is resolved only when the article names exactly one country of that kind; with two
 * kingdoms, or none, it is left alone.
 */
public final class StateKinds {

    private static final Set<String> KINDS = WordSet.of("kingdom", "emirate");

    private StateKinds() {
    }

    /**
     * The kind word of a "the kingdom" phrase starting at {@code at} ("the" then the kind), or null. A kind after
     * another word ("the United Kingdom", "the Czech Republic") is a name, not a reference, and is not read.
     */
    public static String kindAt(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at).lower().equals("the")) {
            return null;
        }
        String kind = tokens.get(at + 1).lower();
        if (!KINDS.contains(kind)) {
            return null;
        }
        if (at + 2 < tokens.size() && tokens.get(at + 2).lower().equals("of")) {
            // "the Kingdom of Spain" is a name, read by the dictionary or not at all
            return null;
        }
        return kind;
    }

    /** True when one of the country's formal names calls it a {@code kind}. */
    public static boolean isOfKind(Country country, String kind) {
        for (String alias : country.aliases()) {
            for (String word : alias.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (word.equals(kind)) {
                    return true;
                }
            }
        }
        return false;
    }
}
