package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * "The two also agreed to push for a trilateral meeting of foreign ministers with Japan": a three-sided meeting of
 * the pair referred to and the one country named after "with". The third must be the only country the sentence
 * names besides the pair.
 */
final class TrilateralWithThird {

    private static final Set<String> THREE_SIDED = WordSet.of("trilateral", "tripartite", "three-way");
    /** How many words "with" may stand after the words of contact ("meeting of foreign ministers with"). */
    private static final int WITH_REACH = 6;

    private TrilateralWithThird() {
    }

    /** The third party of a trilateral meeting held "with" it by the pair {@code focus}, or null. */
    static Party third(Trigger trigger, List<Party> parties, List<Mention> focus, List<Token> tokens) {
        if (focus == null || focus.size() != 2 || trigger.start() == 0
                || !THREE_SIDED.contains(tokens.get(trigger.start() - 1).lower())) {
            return null;
        }
        int with = -1;
        for (int k = trigger.end(); k < Math.min(tokens.size(), trigger.end() + WITH_REACH); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("with")) {
                with = k;
                break;
            }
            if (tokens.get(k).isPunctuation()) {
                return null;
            }
        }
        Party third = null;
        for (Party p : parties) {
            if (p.country().equals(focus.get(0).country()) || p.country().equals(focus.get(1).country())) {
                continue;
            }
            if (with < 0 || p.start() != with + 1 || third != null && !third.country().equals(p.country())) {
                return null;
            }
            third = p;
        }
        return third;
    }
}
