package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A run of tokens that reads as a person's name: capitalised words, with initials ("S. Jaishankar"), particles
 * ("Mohammed bin Salman", "Musaed Al-Aiban") and hyphens ("Ikram-ul-Haq") inside.
 *
 * @param start first token
 * @param end one past the last token
 * @param words the name's words (keys), without hyphens, particles or periods
 * @param text the name as written
 */
public record NameRun(int start, int end, List<String> words, String text) {

    private static final Set<String> PARTICLES = WordSet.of("bin", "ibn", "bint", "al", "ul", "el", "de", "da", "van",
            "von", "der", "du", "le", "la", "dos", "di");
    private static final int MAX_TOKENS = 8;
    // Compiled once: slug() runs for every name introduced by a title, and String.replaceAll compiles per call.
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern EDGE_DASH = Pattern.compile("(^-|-$)");
    /** Words that end an English compound after a name ("Modi-led", "Putin-era"), not a syllable of the name. */
    private static final Set<String> COMPOUND_ENDS = WordSet.of("led", "era", "style", "based", "born", "owned", "run",
            "made", "like", "type", "wide", "free", "bound", "held", "level", "linked", "ruled", "speak");

    public NameRun {
        words = List.copyOf(words);
    }

    /** The longest name run starting at {@code from} over tokens not yet {@code covered}; null when none. */
    public static NameRun at(List<Token> tokens, boolean[] covered, int from, String sentenceText, int offset) {
        int i = from;
        int end = from;
        List<String> words = new ArrayList<>(4);
        while (i < tokens.size() && i - from < MAX_TOKENS && !covered[i]) {
            Token t = tokens.get(i);
            if (Words.canBeNameWord(t) && Character.isLetter(t.text().charAt(0))) {
                words.add(t.key());
                i++;
                end = i;
                if (t.text().length() == 1 && i < tokens.size() && tokens.get(i).text().equals(".")) {
                    i++;
                    end = i;
                }
            } else if (end == i && isSyllable(tokens, i)) {
                // "Chang Ho-jin", "Lee Jae-myung": a lower-case syllable joined by a hyphen ends a given name.
                words.add(tokens.get(i + 1).key());
                i += 2;
                end = i;
                break;
            } else if (end > from && (t.text().equals("-") || PARTICLES.contains(t.lower()))
                    && i + 1 < tokens.size() && !covered[i + 1] && continuesName(tokens.get(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String text = sentenceText.substring(tokens.get(from).start() - offset, tokens.get(end - 1).end() - offset);
        return new NameRun(from, end, words, text);
    }

    /** A hyphen at {@code i} joining a capitalised word to a short lower-case syllable, with no space around. */
    private static boolean isSyllable(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).text().equals("-")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        String text = next.text();
        return before.end() == tokens.get(i).start() && tokens.get(i).end() == next.start()
                && text.length() <= 5 && text.chars().allMatch(Character::isLowerCase)
                && !COMPOUND_ENDS.contains(text) && !PARTICLES.contains(text)
                && (i + 2 >= tokens.size() || !tokens.get(i + 2).text().equals("-"));
    }

    private static boolean continuesName(Token next) {
        String text = next.text();
        return text.equals("-") || Character.isLetter(text.charAt(0))
                && (Character.isUpperCase(text.charAt(0)) || PARTICLES.contains(next.lower()));
    }

    /** A slug of the name for actor ids: "alexander-fomin". */
    public String slug() {
        String dashed = NOT_NAME_CHARS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASH.matcher(dashed).replaceAll("");
    }
}
