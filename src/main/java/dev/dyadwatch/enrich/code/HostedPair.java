package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Erdogan hosted the two leaders separately ... and then brought them together for talks": a mediator of a third
 * country who receives the pair the article is about, or sits down with both of them. The pair is the article's
 * current one ("the two leaders", "them"); the mediator is the sentence's only country, standing before the words
 * and outside the pair. Receiving the pair is a hosting of each; bringing them together for talks or a meeting is
 * a meeting of the three, every pair of it.
 */
final class HostedPair {

    private static final Set<String> BRING = WordSet.of("brought", "bring", "brings", "bringing");
    /** How far "together" may stand before the talks it brings the pair to ("together for a first round of talks"). */
    private static final int TOGETHER_REACH = 6;

    private HostedPair() {
    }

    /**
     * The pairs of {@code trigger} when it is such a hosting or meeting, else an empty list; {@code multilateral[0]}
     * is set when the pairs are a meeting of three.
     */
    static List<Party[]> pairs(Trigger trigger, List<Party> parties, List<Token> tokens, List<Integer> pairReferences,
            List<Mention> focus, boolean[] multilateral) {
        List<Party[]> pairs = new ArrayList<>();
        if (focus == null || parties.isEmpty() || focus.get(0).country().equals(focus.get(1).country())) {
            return pairs;
        }
        boolean hosting = trigger.kind() == TriggerKind.HOST && pairReferences.contains(trigger.end() + 1);
        boolean together = !hosting && (trigger.kind() == TriggerKind.TALKS || trigger.kind() == TriggerKind.MEET)
                && broughtTogether(tokens, trigger.start(), pairReferences);
        if (!hosting && !together) {
            return pairs;
        }
        Party mediator = parties.get(0);
        for (Party p : parties) {
            if (!p.country().equals(mediator.country()) || p.start() > trigger.start()) {
                return pairs;
            }
        }
        if (mediator.country().equals(focus.get(0).country()) || mediator.country().equals(focus.get(1).country())) {
            return pairs;
        }
        Party a = new Party(focus.get(0), false, true);
        Party b = new Party(focus.get(1), false, true);
        pairs.add(new Party[] {mediator, a});
        pairs.add(new Party[] {mediator, b});
        if (together) {
            pairs.add(new Party[] {a, b});
            multilateral[0] = true;
        }
        return pairs;
    }

    /** "brought them together for talks", "brought the two sides together for a meeting". */
    private static boolean broughtTogether(List<Token> tokens, int triggerStart, List<Integer> pairReferences) {
        for (int k = triggerStart - 1; k >= Math.max(2, triggerStart - TOGETHER_REACH); k--) {
            if (!tokens.get(k).lower().equals("together")) {
                continue;
            }
            String object = tokens.get(k - 1).lower();
            if (object.equals("them") && BRING.contains(tokens.get(k - 2).lower())) {
                return true;
            }
            // "brought the two sides together": "two" two tokens before "together", the verb before "the".
            int two = k - 2;
            return two >= 2 && pairReferences.contains(two) && BRING.contains(tokens.get(two - 2).lower());
        }
        return false;
    }
}
