package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Who an official travels with: "Khan was accompanied by army chief General X" (the subject before "accompanied
 * by"), "Finance Minister X, who is travelling with the prime minister," (the person after "travelling with").
 * The companion's country is the official's: a delegation travels together.
 */
final class Companions {

    /** Participles before "by" whose subject the titled person after "by" goes with. */
    private static final Set<String> ACCOMPANIED = WordSet.of("accompanied", "joined");
    /** Verbs of a relative clause after the name whose object the person goes with. */
    private static final Set<String> TRAVELLING = WordSet.of("travelling", "traveling", "accompanying");

    private Companions() {
    }

    /**
     * The country of the person the official whose title starts at {@code titleStart} and whose name ends before
     * {@code nameEnd} travels with, or null.
     */
    static String country(List<Token> tokens, List<Mention> mentions, int titleStart, int nameEnd) {
        if (titleStart >= 2 && tokens.get(titleStart - 1).lower().equals("by")
                && ACCOMPANIED.contains(tokens.get(titleStart - 2).lower())) {
            Mention subject = null;
            for (Mention m : mentions) {
                if (m.kind() == MentionKind.PERSON && m.country() != null && m.tokenEnd() <= titleStart - 2
                        && (subject == null || m.tokenStart() < subject.tokenStart())) {
                    subject = m;
                }
            }
            return subject == null ? null : subject.country();
        }
        int k = nameEnd;
        if (k + 3 >= tokens.size() || !tokens.get(k).text().equals(",") || !tokens.get(k + 1).lower().equals("who")) {
            return null;
        }
        k += 2;
        String aux = tokens.get(k).lower();
        if (aux.equals("is") || aux.equals("was")) {
            k++;
        }
        if (k >= tokens.size() || !TRAVELLING.contains(tokens.get(k).lower())) {
            return null;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).lower().equals("with")) {
            k++;
        }
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && m.country() != null && m.tokenStart() >= k
                    && m.tokenStart() <= k + 1) {
                return m.country();
            }
        }
        return null;
    }
}
