package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import dev.dyadwatch.enrich.text.Sentence;
import dev.dyadwatch.enrich.text.Token;
import java.util.List;

/**
 * "SCO summit in Tianjin live: ..." then "Modi and Putin travelled together to their bilateral meeting": a live
 * blog or a market story names its summit and its place once, and the meetings it reports later happen there.
 * This finds the country of that place, so that a meeting of two guests (neither from the host country) that
 * names no place of its own is coded as a meeting on a third location (044), as "on the sidelines" would make it.
 */
public final class SummitVenue {

    /** How far "in Tianjin" may follow the word "summit": "summit of leaders in", "summit held in". */
    private static final int REACH = 5;

    private SummitVenue() {
    }

    /**
     * The country of the place a summit of this sentence is held in ("the G20 summit in New Delhi"), or null.
     *
     * @param triggers the words of contact
     * @param sentence a sentence or the title
     * @param mentions its mentions, in text order
     */
    public static String hostCountry(TriggerLexicon triggers, Sentence sentence, List<Mention> mentions) {
        List<Token> tokens = sentence.tokens();
        if (tokens.stream().noneMatch(t -> t.lower().contains("summit"))) {
            // Cheap gate: most sentences name no summit.
            return null;
        }
        for (Trigger t : triggers.find(tokens, sentence.text(), sentence.start())) {
            if (t.kind() != TriggerKind.SUMMIT) {
                continue;
            }
            for (Mention m : mentions) {
                boolean place = m.kind() == MentionKind.PLACE || m.kind() == MentionKind.COUNTRY;
                if (place && m.country() != null && m.tokenStart() > t.end()
                        && m.tokenStart() - t.end() <= REACH && tokens.get(m.tokenStart() - 1).lower().equals("in")) {
                    return m.country();
                }
            }
        }
        return null;
    }
}
