package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * "Yoon went to Tokyo in March and Kishida returned the visit in May"; "Ramaphosa is expected to return the visit
 * next year, when Nigeria hosts the commission": whoever returns a visit travels to the country that came to them.
 * The words name no place, so the host is the sentence's other country: the earlier visitor before the returner,
 * else the first one after.
 */
final class ReturnedVisit {

    private static final Set<String> RETURN = WordSet.of("return", "returns", "returned", "returning");

    private ReturnedVisit() {
    }

    /** The {visitor, host} of a returned visit, or null when {@code trigger} is no "return(ed) the visit". */
    static Party[] pair(Trigger trigger, List<Party> parties, List<Token> tokens) {
        int at = trigger.start();
        if (trigger.kind() != TriggerKind.VISIT || at < 2 || !tokens.get(at).lower().equals("visit")
                || !tokens.get(at - 1).lower().equals("the") || !RETURN.contains(tokens.get(at - 2).lower())) {
            return null;
        }
        Party visitor = null;
        for (Party p : parties) {
            if (p.end() <= at - 2) {
                visitor = p;
            }
        }
        if (visitor == null) {
            return null;
        }
        Party host = null;
        for (Party p : parties) {
            if (p.country().equals(visitor.country())) {
                continue;
            }
            if (p.end() <= visitor.start()) {
                host = p;
            } else if (p.start() > at && host == null) {
                host = p;
                break;
            }
        }
        return host == null ? null : new Party[] {visitor, host};
    }
}
