package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pair "the two ministers" or "the two countries" refers to in an article that has told no contact yet.
 *
 * <p>"Shin toured a tank plant with his Polish counterpart Kosiniak-Kamysz. The plant hopes for a contract. The two
 * ministers held talks in Warsaw on Tuesday": the two are the people the nearest sentences named. Once the article
 * has told a contact, "the two" is that contact's pair, whatever a sentence in between names ("Putin did not agree
 * to the ceasefire Ukraine had accepted. The two sides agreed ..." after a call of Putin and Trump). The pair must be
 * unambiguous: exactly two countries named in the nearest sentences that name anyone (a person per country when
 * one is named); otherwise there is none.
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
     */
    public static List<Mention> pair(List<List<Mention>> mentions, int at) {
        Map<String, Mention> sides = new LinkedHashMap<>();
        for (int s = at - 1; s >= Math.max(0, at - LOOK_BACK) && sides.size() < 2; s--) {
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
}
