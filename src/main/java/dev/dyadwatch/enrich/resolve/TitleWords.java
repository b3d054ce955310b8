package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.enrich.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The words of official titles ("Deputy Defence Minister", "Chief of Army Staff", "Secretary of State",
 * "foreign ministry spokesperson") and the role a title implies. A title is a run of these words that holds at
 * least one head noun; "of" and "and" may join its words.
 */
public final class TitleWords {

    private static final Set<String> HEADS = Set.of("president", "minister", "premier", "pm", "chancellor",
            "secretary", "king", "queen", "emir", "sultan", "prince", "leader", "ambassador", "envoy",
            "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "speaker", "general", "admiral",
            "commander", "chief", "diplomat", "fm", "governor", "marshal", "taoiseach", "monarch", "counsellor",
            "official", "negotiator", "representative", "commissioner", "chairman", "head");
    private static final Set<String> PLURAL_HEADS = Set.of("presidents", "ministers", "premiers", "leaders",
            "ambassadors", "envoys", "officials", "diplomats", "generals", "commanders", "secretaries",
            "negotiators", "representatives", "advisers", "chiefs", "heads");
    private static final Set<String> MODIFIERS = Set.of("deputy", "vice", "acting", "interim", "caretaker",
            "senior", "special", "top", "first", "state", "prime", "foreign", "defence", "defense", "interior",
            "home", "finance", "commerce", "trade", "business", "energy", "petroleum", "economy", "economic",
            "external", "affairs", "security", "national", "housing", "information", "planning", "health",
            "agriculture", "industry", "justice", "education", "railways", "culture", "maritime", "water", "power",
            "climate", "ministry", "office", "house", "army", "staff", "naval", "navy", "air", "force", "military",
            "crown", "supreme", "lieutenant", "lt", "gen", "major", "brigadier", "colonel", "field", "joint",
            "assistant", "junior", "permanent", "cabinet", "executive", "federal", "privatisation", "privatization",
            "investment", "development", "overseas", "parliamentary", "presidential", "chief", "intelligence",
            "mr", "ms", "mrs", "dr", "retd", "principal", "grand", "under", "undersecretary", "minister's");
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the");
    private static final Set<String> RANKS = Set.of("general", "gen", "lieutenant", "lt", "admiral", "adm",
            "colonel", "col", "major", "maj", "brigadier", "brig", "marshal", "air", "chief", "field", "dr", "mr",
            "ms", "mrs", "sheikh", "prince", "princess", "retd", "captain", "capt", "commodore", "vice", "rear");

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
        String w = token.lower();
        return HEADS.contains(w) || MODIFIERS.contains(w) || PLURAL_HEADS.contains(w);
    }

    /** True for a rank or honorific that may stand between a title and a name ("General", "Dr"). */
    public static boolean isRank(Token token) {
        return RANKS.contains(token.lower());
    }

    /** The longest title starting at {@code from}, or null. */
    public static Title at(List<Token> tokens, int from) {
        int i = from;
        int end = -1;
        boolean plural = false;
        while (i < tokens.size()) {
            String w = tokens.get(i).lower();
            if (HEADS.contains(w) || PLURAL_HEADS.contains(w)) {
                plural = PLURAL_HEADS.contains(w);
                end = i + 1;
                i++;
            } else if (MODIFIERS.contains(w)) {
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
        return new Title(from, end, text, roleOf(text), plural);
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
