package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Country names that are also ordinary English words ("china", "turkey"): the dictionary marks them ambiguous,
 * but written with a capital inside a sentence, after a lower-case word ("exports to China", "a deal brokered by
 * Turkey"), they can only be the country. At the start of a sentence or in a title-case headline the capital
 * tells nothing, so there the name still needs the usual support.
 */
final class CasedNames {

    /** The lower-case forms of the country names whose only other reading is a common noun. */
    private static final Set<String> COMMON_NOUNS = WordSet.of("china", "turkey");

    private CasedNames() {
    }

    /** True when the one-word name at {@code at} is such a country, capitalised after a lower-case word. */
    static boolean countsAt(List<Token> tokens, int at, int end) {
        if (end != at + 1 || at == 0) {
            return false;
        }
        Token name = tokens.get(at);
        String before = tokens.get(at - 1).text();
        return COMMON_NOUNS.contains(name.lower()) && Character.isUpperCase(name.text().charAt(0))
                && Character.isLowerCase(before.charAt(0));
    }
}
