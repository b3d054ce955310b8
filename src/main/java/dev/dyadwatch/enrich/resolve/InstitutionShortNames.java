package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import java.util.List;

/**
 * "Commission President Ursula von der Leyen", "the Commission is consulting", "Council President António Costa":
 * in an article about the European Union, its institutions go by one capitalised word. Such a word names the
 * institution only standing alone: "the Election Commission" and "the Security Council" are other bodies, and a
 * bare "Council" counts only before a title.
 */
final class InstitutionShortNames {

    /** The European Commission's actor id. */
    static final String COMMISSION = "ORG.EC";
    /** The EU's actor id, which the European Council shares (see the dictionary's README). */
    static final String UNION = "ORG.EU";

    private InstitutionShortNames() {
    }

    /** True when a mention of {@code actorId} tells that the article is about the European Union. */
    static boolean isEuropean(String actorId) {
        return UNION.equals(actorId) || COMMISSION.equals(actorId) || "ORG.EP".equals(actorId);
    }

    /** The organisation the single word at {@code at} names, or null. */
    static String at(List<Token> tokens, int at) {
        String word = tokens.get(at).text();
        boolean commission = word.equals("Commission");
        if (!commission && !word.equals("Council")) {
            return null;
        }
        if (at > 0 && tokens.get(at - 1).isCapitalized() && Words.canBeNameWord(tokens.get(at - 1))
                && !tokens.get(at - 1).lower().equals("the")) {
            return null;
        }
        boolean titled = TitleWords.at(tokens, at + 1) != null;
        if (titled) {
            return commission ? COMMISSION : UNION;
        }
        boolean determined = at > 0 && tokens.get(at - 1).lower().equals("the");
        boolean alone = at + 1 >= tokens.size() || !tokens.get(at + 1).isCapitalized()
                && !tokens.get(at + 1).lower().equals("of") && !tokens.get(at + 1).lower().equals("on")
                && !tokens.get(at + 1).lower().equals("for");
        return commission && determined && alone ? COMMISSION : null;
    }
}
