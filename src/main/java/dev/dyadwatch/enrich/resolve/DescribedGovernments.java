package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Governments a text names by what they are rather than by a country's name: "the de facto authorities in Kabul",
 * "the Taliban administration", "the interim government in Kabul". Where such a description meets a country is
 * the resolver's business; this class finds the words and says what anchors them:
 * <ul>
 *   <li>a capital right after "in" ("the de facto authorities in Kabul"): the capital's country, while the
 *       capital itself stays a place;</li>
 *   <li>"Taliban" ("the Taliban administration"): Afghanistan, from the day the Taliban took Kabul; before it
 *       the Taliban were an insurgency, not a government, and the words are left alone;</li>
 *   <li>nothing ("a delegation of the de facto authorities"): the country an earlier description of the same
 *       article was anchored to, if any.</li>
 * </ul>
 * "The authorities" and "the government" alone are too common to carry a country; only "de facto", "interim" and
 * "Taliban" mark a description.
 */
public final class DescribedGovernments {

    /** The day the Taliban entered Kabul and the republic's government fell. */
    public static final LocalDate TALIBAN_IN_KABUL = LocalDate.of(2021, 8, 15);

    private static final Set<String> BODIES = WordSet.of("authorities", "government", "administration",
            "rulers", "leadership", "regime");
    /** Words before "Taliban" that name Pakistan's armed group, which is no government. */
    private static final Set<String> NOT_AFGHAN_TALIBAN = WordSet.of("pakistani", "pakistan", "tehrik-e-taliban");

    /** How a description is anchored to a country. */
    public enum Anchor { CAPITAL_AFTER, TALIBAN, EARLIER }

    /**
     * A description found in a sentence.
     *
     * @param start first token of the description ("de" of "de facto authorities")
     * @param end one past its last token (the body noun)
     * @param anchor what gives it a country
     */
    public record Description(int start, int end, Anchor anchor) {
    }

    private DescribedGovernments() {
    }

    /** The descriptions in a sentence's tokens, left to right. */
    public static List<Description> find(List<Token> tokens) {
        List<Description> found = new ArrayList<>(0);
        for (int i = 0; i < tokens.size(); i++) {
            int end = bodyEnd(tokens, i);
            if (end < 0) {
                continue;
            }
            boolean taliban = false;
            for (int j = i; j < end; j++) {
                taliban |= tokens.get(j).lower().equals("taliban");
            }
            boolean capitalAfter = end + 1 < tokens.size() && tokens.get(end).lower().equals("in")
                    && tokens.get(end + 1).isCapitalized();
            Anchor anchor = capitalAfter ? Anchor.CAPITAL_AFTER : taliban ? Anchor.TALIBAN : Anchor.EARLIER;
            found.add(new Description(i, end, anchor));
            i = end - 1;
        }
        return found;
    }

    /** Whether a Taliban description names Afghanistan's government on {@code day}. */
    public static boolean talibanGovern(LocalDate day) {
        return day != null && !day.isBefore(TALIBAN_IN_KABUL);
    }

    /**
     * One past the body noun of a description starting at {@code at}, or -1: "de facto [Taliban] authorities",
     * "interim government", "Taliban administration".
     */
    private static int bodyEnd(List<Token> tokens, int at) {
        int i = at;
        String first = tokens.get(i).lower();
        if (first.equals("de") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("facto")) {
            i += 2;
        } else if (first.equals("interim")) {
            i += 1;
            if (!(i + 1 < tokens.size() && BODIES.contains(tokens.get(i).lower())
                    && tokens.get(i + 1).lower().equals("in"))) {
                // "the interim government" of a story about a transition names no one without its seat
                return -1;
            }
        } else if (!first.equals("taliban") || at > 0 && NOT_AFGHAN_TALIBAN.contains(tokens.get(at - 1).lower())) {
            return -1;
        }
        if (i < tokens.size() && tokens.get(i).lower().equals("taliban") && !first.equals("taliban")) {
            i++;
        } else if (first.equals("taliban")) {
            i = at + 1;
        }
        return i < tokens.size() && BODIES.contains(tokens.get(i).lower()) ? i + 1 : -1;
    }
}
