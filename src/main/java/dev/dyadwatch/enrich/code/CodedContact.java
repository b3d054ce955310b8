package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.resolve.ActorRef;
import java.util.List;

/**
 * One contact coded from one article: the event, its two actors and the evidence for it.
 *
 * @param dyad the two ISO alpha-3 codes sorted and joined by '-'
 * @param type kind of contact
 * @param actorA first actor; the source when directed
 * @param actorB second actor; the target or host when directed
 * @param directed true when the contact goes from A to B
 * @param status occurred, planned, negated or historical
 * @param date resolved date and granularity
 * @param multilateral true when the pair is one of several countries at one meeting
 * @param sentenceIndex index of the sentence it was coded from (the first, when several reported it)
 * @param trigger the words that made it a contact
 * @param confidence between 0 and 1
 * @param reasons how it was coded: the cue, date and pairing words, for {@code extract --explain}
 * @param reports how many sentences of the article reported it
 */
public record CodedContact(String dyad, ContactType type, ActorRef actorA, ActorRef actorB, boolean directed,
        ContactStatus status, EventDate date, boolean multilateral, int sentenceIndex, String trigger,
        double confidence, List<String> reasons, int reports) {

    public CodedContact {
        reasons = List.copyOf(reasons);
    }

    /** The dyad of two countries: their codes sorted and joined by '-'. */
    public static String dyad(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    /** The same report, of another type. */
    public CodedContact withType(ContactType newType) {
        return new CodedContact(dyad, newType, actorA, actorB, directed, status, date, multilateral, sentenceIndex,
                trigger, confidence, reasons, reports);
    }

    CodedContact absorbing(CodedContact other) {
        EventDate better = date.isPublication() ? other.date : date;
        java.util.List<String> why = new java.util.ArrayList<>(reasons);
        why.add("also reported in sentence " + other.sentenceIndex + " ('" + other.trigger + "')");
        return new CodedContact(dyad, type, actorA, actorB, directed, status, better,
                multilateral && other.multilateral,
                Math.min(sentenceIndex, other.sentenceIndex), trigger, Math.min(0.99,
                Math.max(confidence, other.confidence) + 0.02), why, reports + other.reports);
    }
}
