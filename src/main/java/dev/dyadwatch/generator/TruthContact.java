package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import java.time.LocalDate;

/**
 * A contact a careful reader codes from one sentence of a generated article.
 *
 * @param event id of the real contact this report is about, shared by every report of it (copies and
 *     independent reports alike); null for planned, denied and historical contacts, which are not events now
 * @param dyad the two countries' codes sorted and joined by '-'
 * @param type contact type; {@link ContactKinds} gives its CAMEO and PLOVER codes
 * @param status occurred, planned, negated or historical
 * @param date the day the contact happened in the scenario (occurred), else the resolved date of the text
 * @param textDate the date the sentence's words resolve to: the first day of their period
 * @param granularity the period the words pin down; PUBLICATION when the sentence gives no date
 * @param actorA first actor; the traveller of a visit, the host of a hosted visit
 * @param actorB second actor
 * @param sentence the sentence, exactly as it appears in the article text
 */
public record TruthContact(String event, String dyad, ContactType type, ContactStatus status, LocalDate date,
        LocalDate textDate, DateGranularity granularity, TruthActor actorA, TruthActor actorB, String sentence) {

    public String cameo() {
        return ContactKinds.cameo(type);
    }

    public String plover() {
        return ContactKinds.plover(type);
    }

    public boolean directed() {
        return ContactKinds.directed(type);
    }
}
