package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordClasses;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of official titles ("Deputy Defence Minister", "Chief of Army Staff", "Secretary of State",
 * "foreign ministry spokesperson") and the role a title implies. A title is a run of these words that holds at
 * least one head noun; "of" and "and" may join its words.
 */
public final class TitleWords {

    private static final Set<String> JOINERS = WordSet.of("of", "and", "for", "the");
    /**
     * Roles of the title phrases met so far: the resolver asks {@link #at} for the same few titles at most tokens
     * of every article, and each answer is a string of searches. Bounded, since phrases come from the text.
     */
    private static final Map<String, ActorRole> ROLES = new ConcurrentHashMap<>();
    private static final int MAX_ROLES = 4096;

    private TitleWords() {
    }

    /**
     * A title found in a sentence.
     *
     * @param start first token
     * @param end one past the last token
     * @param phrase the title in lower case, words joined by single spaces
     * @param role the role it implies
     * @param plural true for "ministers", "officials": a group, not one person
     */
    public record Title(int start, int end, String phrase, ActorRole role, boolean plural) {
    }

    /** True for a word that can be part of a title. */
    public static boolean isTitleWord(Token token) {
        return (token.flags() & WordClasses.TITLE) != 0;
    }

    /** True for a rank or honorific that may stand between a title and a name ("General", "Dr"). */
    public static boolean isRank(Token token) {
        return (token.flags() & WordClasses.RANK) != 0;
    }

    /** The longest title starting at {@code from}, or null. */
    public static Title at(List<Token> tokens, int from) {
        if (from >= tokens.size() || !isTitleWord(tokens.get(from))) {
            return null;
        }
        int i = from;
        int end = -1;
        boolean plural = false;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            String w = token.lower();
            if ((token.flags() & (WordClasses.HEAD | WordClasses.PLURAL_HEAD)) != 0) {
                plural = (token.flags() & WordClasses.PLURAL_HEAD) != 0;
                end = i + 1;
                i++;
            } else if ((token.flags() & WordClasses.MODIFIER) != 0) {
                i++;
                if (end > 0) {
                    end = i;
                }
            } else if (w.equals("-") && i + 1 < tokens.size() && i > from
                    && (tokens.get(i + 1).lower().equals("general") || tokens.get(i + 1).lower().equals("in"))) {
                i += 2;
                end = i;
            } else if (JOINERS.contains(w) && i > from && i + 1 < tokens.size()
                    && isTitleWord(tokens.get(i + 1)) && (end > 0 || !w.equals("the"))) {
                i++;
            } else {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < end; k++) {
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(k).lower());
        }
        String text = phrase.toString();
        ActorRole role = ROLES.get(text);
        if (role == null) {
            role = roleOf(text);
            if (ROLES.size() < MAX_ROLES) {
                ROLES.put(text, role);
            }
        }
        return new Title(from, end, text, role, plural);
    }

    /** The role a title implies: "Prime Minister" heads a government, "Deputy Foreign Minister" does not. */
    public static ActorRole roleOf(String title) {
        String t = " " + title + " ";
        if (t.contains(" deputy ") || t.contains(" vice ") || t.contains(" assistant ") || t.contains(" junior ")
                || t.contains(" state secretary ") || t.contains(" under ") || t.contains(" spokes")
                || t.contains(" ambassador ") || t.contains(" envoy ") || t.contains(" adviser ")
                || t.contains(" advisor ") || t.contains(" ministry ") || t.contains(" office ")) {
            return ActorRole.OTHER_OFFICIAL;
        }
        if (t.contains(" prime minister ") || t.contains(" premier ") || t.contains(" pm ")
                || t.contains(" chancellor ") || t.contains(" taoiseach ")) {
            return ActorRole.HEAD_OF_GOVERNMENT;
        }
        if (t.contains(" president ") || t.contains(" king ") || t.contains(" queen ") || t.contains(" emir ")
                || t.contains(" amir ") || t.contains(" sultan ") || t.contains(" monarch ")
                || t.contains(" supreme leader ") || t.equals(" leader ")) {
            return ActorRole.HEAD_OF_STATE;
        }
        if (t.contains(" foreign ") || t.contains(" external affairs ") || t.contains(" secretary of state ")
                || t.contains(" top diplomat ") || t.contains(" fm ")) {
            return ActorRole.FOREIGN_MINISTER;
        }
        if (t.contains(" defence ") || t.contains(" defense ")) {
            return ActorRole.DEFENCE_MINISTER;
        }
        if (t.contains(" general ") || t.contains(" admiral ") || t.contains(" army ") || t.contains(" commander ")
                || t.contains(" marshal ") || t.contains(" chief of ")) {
            return ActorRole.MILITARY;
        }
        return ActorRole.OTHER_OFFICIAL;
    }
}
