package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Opposition Leader Peter Dutton said the prime minister should not have gone": a person named as the leader of the
 * opposition acts for no state, whatever office the dictionary knows him by from before. Every mention of him in the
 * article is dropped, so that he is no actor and no party to a contact.
 */
final class OppositionLeaders {

    private OppositionLeaders() {
    }

    /**
     * Removes, in place, the mentions of people named as the leader of the opposition.
     *
     * @param tokens each sentence's tokens (the title first)
     * @param mentions each sentence's mentions, in the same order; the lists are changed
     */
    static void apply(List<List<Token>> tokens, List<List<Mention>> mentions) {
        Set<String> leaders = new HashSet<>();
        for (int s = 0; s < mentions.size(); s++) {
            for (Mention m : mentions.get(s)) {
                if (m.kind() == MentionKind.PERSON && m.actor() != null && namedAsLeader(tokens.get(s), m)) {
                    leaders.add(m.actor().id());
                }
            }
        }
        if (leaders.isEmpty()) {
            return;
        }
        for (List<Mention> list : mentions) {
            list.removeIf(m -> m.actor() != null && leaders.contains(m.actor().id()));
        }
    }

    /** "Opposition Leader X", "the opposition leader, X,", "Leader of the Opposition X" right before the name. */
    private static boolean namedAsLeader(List<Token> tokens, Mention person) {
        int k = person.tokenStart() - 1;
        if (k >= 0 && tokens.get(k).text().equals(",")) {
            k--;
        }
        if (k >= 1 && lower(tokens, k).equals("leader") && lower(tokens, k - 1).equals("opposition")) {
            return true;
        }
        return k >= 3 && lower(tokens, k).equals("opposition") && lower(tokens, k - 1).equals("the")
                && lower(tokens, k - 2).equals("of") && lower(tokens, k - 3).equals("leader");
    }

    private static String lower(List<Token> tokens, int at) {
        return tokens.get(at).text().toLowerCase(Locale.ROOT);
    }
}
