package dev.dyadwatch.enrich.code;

import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import dev.dyadwatch.enrich.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which earlier contacts a reference back ("the two leaders", "the three countries") points to.
 *
 * <p>"The leaders of the two countries last met in Astana", after a sentence naming a deal signed by Uzbekistan,
 * Afghanistan and Pakistan: "the two" cannot be that meeting of three, so it is the latest contact between two
 * countries. "A summit of the three countries", after a sentence where three countries met: the three are that
 * meeting's countries, and the new contact is theirs, pair by pair.
 */
public final class ReferredGroup {

    private ReferredGroup() {
    }

    /** True when the reference at {@code at} counts three ("the three countries", "the trilateral dialogue"). */
    public static boolean countsThree(List<Token> tokens, int at) {
        return at < tokens.size() && (tokens.get(at).lower().equals("three") || tokens.get(at).lower()
                .equals("trilateral"));
    }

    /**
     * "They agreed to hold the next trilateral dialogue in Kabul": in a sentence that names no country, "trilateral"
     * refers to the three just named as "the three countries" would; its position, or -1.
     */
    public static int trilateralWithoutParties(List<Token> tokens, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.canBeParty()) {
                return -1;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lower().equals("trilateral")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The latest contact of {@code reports} a reference to two points to: contacts of a sentence that joined three
     * or more countries at one gathering are passed over; the latest contact when every one is such.
     *
     * @param people true when the reference names two people ("the two leaders"): the latest contact between
     *     two people is preferred
     */
    public static CodedContact forTwo(List<CodedContact> reports, boolean people) {
        if (reports.isEmpty()) {
            return null;
        }
        for (int pass = people ? 0 : 1; pass < 2; pass++) {
            for (int r = reports.size() - 1; r >= 0; r--) {
                CodedContact c = reports.get(r);
                boolean fits = pass == 1 || (c.actorA().isPerson() && c.actorB().isPerson());
                if (fits && !ofGroup(reports, c)) {
                    return c;
                }
            }
        }
        return reports.get(reports.size() - 1);
    }

    /**
     * The three actors "the three ..." points to: one per country of the contacts of the latest sentence that
     * coded a multilateral contact, when they join exactly three countries; null when that gathering had another
     * count.
     */
    public static List<ActorRef> trio(List<CodedContact> reports) {
        for (int r = reports.size() - 1; r >= 0; r--) {
            CodedContact c = reports.get(r);
            if (c.multilateral()) {
                // The host's own pairs ("X hosts his Chinese and Korean counterparts") count with the meeting's.
                Map<String, ActorRef> actors = countries(reports, c.sentenceIndex(), false);
                return actors.size() == 3 ? new ArrayList<>(actors.values()) : null;
            }
        }
        return null;
    }

    /** True when {@code c} is one of the pairs of a gathering of three or more countries. */
    private static boolean ofGroup(List<CodedContact> reports, CodedContact c) {
        return c.multilateral() && countries(reports, c.sentenceIndex(), true).size() >= 3;
    }

    /** The actors, one per country, of the contacts of one sentence (only its multilateral ones if asked). */
    private static Map<String, ActorRef> countries(List<CodedContact> reports, int sentence, boolean multilateral) {
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        for (CodedContact o : reports) {
            if ((o.multilateral() || !multilateral) && o.sentenceIndex() == sentence) {
                actors.putIfAbsent(o.actorA().country(), o.actorA());
                actors.putIfAbsent(o.actorB().country(), o.actorB());
            }
        }
        return actors;
    }
}
