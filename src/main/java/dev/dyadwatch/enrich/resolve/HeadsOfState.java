package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import java.util.List;

/**
 * "Following the talks, the heads of state signed a joint statement": after a sentence that names the pair, "the
 * heads of state" (or of government) refers back to the two leaders as "the two leaders" would. Only with "the"
 * right before it, so "the SCO heads of government" (a body's leaders) and "heads of state from forty countries"
 * are no pair; and not when a list of countries follows ("the heads of state of Chile, Peru and Bolivia").
 */
final class HeadsOfState {

    private HeadsOfState() {
    }

    /** True when "heads" at {@code at} opens "the heads of state" or "the heads of government" used alone. */
    static boolean referenceAt(List<Token> tokens, int at) {
        if (at < 1 || at + 2 >= tokens.size() || !tokens.get(at).lower().equals("heads")
                || !tokens.get(at - 1).lower().equals("the") || !tokens.get(at + 1).lower().equals("of")) {
            return false;
        }
        String office = tokens.get(at + 2).lower();
        if (!office.equals("state") && !office.equals("government")) {
            return false;
        }
        return at + 3 >= tokens.size() || !tokens.get(at + 3).lower().equals("of");
    }
}
