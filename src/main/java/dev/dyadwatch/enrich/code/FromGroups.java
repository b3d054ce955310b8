package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * "Negotiators from Russia and India met", "Forces from Iran and Russia began a joint exercise", "a delegation
 * from Vietnam arrived in Seoul": people named by the country they come from. After such a noun, "from" does not
 * make the country a place (as it does in "returned from Moscow"), so the country is a party of the contact.
 */
final class FromGroups {

    /** Nouns of people or units acting for a country. */
    private static final Set<String> GROUPS = WordSet.of("negotiators", "negotiator", "officials", "official",
            "delegations", "delegation", "delegates", "diplomats", "diplomat", "envoys", "envoy", "representatives",
            "forces", "troops", "soldiers", "sailors", "marines", "navies", "militaries", "armies", "units",
            "contingents", "contingent", "warships", "ships", "experts", "teams", "team", "leaders", "ministers",
            "lawmakers", "parliamentarians", "commanders", "officers", "counterparts", "mission", "emissaries");

    private FromGroups() {
    }

    /** True when the country at {@code at} follows "from" (or "from the") after a noun of people. */
    static boolean namesGroup(List<Token> tokens, int at) {
        return groupStart(tokens, at) >= 0;
    }

    /** The index of the noun of people before "from (the)" and the country at {@code at}, or -1. */
    static int groupStart(List<Token> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        return k >= 1 && tokens.get(k).lower().equals("from") && GROUPS.contains(tokens.get(k - 1).lower())
                ? k - 1 : -1;
    }
}
