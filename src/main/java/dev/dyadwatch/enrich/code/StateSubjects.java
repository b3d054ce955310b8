package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.MentionResolution;
import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.resolve.MentionKind;
import dev.dyadwatch.enrich.text.Token;
import dev.dyadwatch.enrich.text.WordSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "Since Sharif and Putin spoke on May 5, the two governments have exchanged a visit ..., and on Thursday they
 * signed a protocol": after "the two governments" (or countries, nations, states, capitals) the contacts are the
 * states', not the two people named before, who were the parties of the first clause only. Such contacts are
 * coded between the governments, so that reports naming the ministers who signed merge with them.
 */
final class StateSubjects {

    private static final Set<String> STATE_NOUNS = WordSet.of("governments", "countries", "nations", "states",
            "capitals");

    private StateSubjects() {
    }

    /**
     * The position of "the two governments" before the trigger that makes the states its subject, or -1: the
     * nearest pair reference before the trigger names states, both people of the pair stand before it, and no
     * other party stands between it and the trigger.
     */
    static int reference(List<Token> tokens, List<Integer> pairReferences, int triggerStart, Party[] pair,
            List<Party> parties) {
        int at = -1;
        for (int r : pairReferences) {
            if (r < triggerStart && r > at) {
                at = r;
            }
        }
        if (at < 0 || at + 1 >= tokens.size() || !STATE_NOUNS.contains(tokens.get(at + 1).lower())) {
            return -1;
        }
        int ref = at;
        boolean people = pair[0].actor().isPerson() || pair[1].actor().isPerson();
        boolean pairBefore = pair[0].end() <= ref && pair[1].end() <= ref;
        boolean othersBetween = parties.stream().anyMatch(p -> p.start() > ref && p.start() < triggerStart);
        return people && pairBefore && !othersBetween ? ref : -1;
    }

    /** The pair as the two governments, standing at the reference's words. */
    static Party[] asGovernments(Party[] pair, int ref, int sentence, Function<String, ActorRef> governments) {
        return new Party[] {government(pair[0], ref, sentence, governments),
            government(pair[1], ref, sentence, governments)};
    }

    private static Party government(Party party, int ref, int sentence, Function<String, ActorRef> governments) {
        ActorRef actor = governments.apply(party.country());
        Mention m = new Mention(sentence, ref, ref + 2, 0, 0, actor.name(), MentionKind.GOVERNMENT, actor,
                party.country(), MentionResolution.TITLE);
        return new Party(m, false, false);
    }
}
