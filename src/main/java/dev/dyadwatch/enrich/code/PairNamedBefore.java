package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pair "the two ministers" or "the two countries" refers to when the sentences just before named two sides but
 * coded no contact.
 *
 * <p>"Shin toured a tank plant with his Polish counterpart Kosiniak-Kamysz. The plant hopes for a contract. The two
 * ministers held talks in Warsaw on Tuesday": in an article that has told no contact yet, the two are the people the
 * nearest sentences named. Once the article has told a contact, the pair named just before counts only when it is
 * the pair of a contact told earlier ("Cho and Blinken held phone talks. ... Putin and Kim signed a treaty. ...
 * Blinken said Washington's commitment to South Korea remains ironclad. The two also agreed ...": the call's
 * pair, not the treaty's); a pair named in passing ("Putin did not agree to the ceasefire Ukraine had accepted")
 * leaves "the two" with the latest contact. The pair must be unambiguous: exactly two countries named in the
 * nearest sentences that name anyone (a person per country when one is named), none of which coded a contact;
 * otherwise there is none.
 */
public final class PairNamedBefore {

    /** How many sentences back the pair may have been named. */
    private static final int LOOK_BACK = 3;

    private PairNamedBefore() {
    }

    /**
     * The two mentions, one per country, that sentence {@code at}'s reference to two points to, or null.
     *
     * @param mentions the mentions of every body sentence, in order
     * @param reports the contacts coded so far, from the sentences before {@code at}
     */
    public static List<Mention> pair(List<List<Mention>> mentions, int at, List<CodedContact> reports) {
        Map<String, Mention> sides = new LinkedHashMap<>();
        for (int s = at - 1; s >= Math.max(0, at - LOOK_BACK) && sides.size() < 2; s--) {
            if (codedIn(reports, s)) {
                return null;
            }
            for (Mention m : mentions.get(s)) {
                if (!m.canBeParty() || m.actor() == null) {
                    continue;
                }
                Mention kept = sides.get(m.country());
                if (kept == null || (kept.kind() != MentionKind.PERSON && m.kind() == MentionKind.PERSON
                        && kept.sentence() == m.sentence())) {
                    sides.put(m.country(), m);
                }
            }
        }
        return sides.size() == 2 ? new ArrayList<>(sides.values()) : null;
    }

    /** The latest contact of {@code reports} between the countries of {@code pair}, or null. */
    public static CodedContact toldBefore(List<CodedContact> reports, List<Mention> pair) {
        String a = pair.get(0).country();
        String b = pair.get(1).country();
        for (int r = reports.size() - 1; r >= 0; r--) {
            CodedContact c = reports.get(r);
            String x = c.actorA().country();
            String y = c.actorB().country();
            if (x.equals(a) && y.equals(b) || x.equals(b) && y.equals(a)) {
                return c;
            }
        }
        return null;
    }

    private static boolean codedIn(List<CodedContact> reports, int sentence) {
        for (int r = reports.size() - 1; r >= 0; r--) {
            if (reports.get(r).sentenceIndex() == sentence) {
                return true;
            }
        }
        return false;
    }
}
