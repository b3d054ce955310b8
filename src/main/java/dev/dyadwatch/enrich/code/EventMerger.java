package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.enrich.resolve.ActorRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one event of the reports of one contact within an article, so that an article counts a contact once
 * however many of its sentences retell it. Two reports are one event when they share dyad and status, their
 * dates agree (or one gives none), they name the same people on each side (or leave a side to a country or a
 * government), and they are of the same type, or one is an unspecific consultation ("met",
 * "discussed": it takes the other's type), or they are one visit seen from both sides (a VISIT). Reports of
 * different specific types stay apart. A plan without a date of its own for a visitor to go to a place in the
 * country he is visiting ("Raisi is also scheduled to travel to Lahore") is a leg of that visit, not a new contact.
 */
public final class EventMerger {

    /** How far apart a visit's arrival and its welcome may be dated and still be one visit. */
    private static final int MAX_ARRIVAL_DAYS = 2;

    private EventMerger() {
    }

    /** The events of an article from its sentences' contacts, in order of first report. */
    public static List<CodedContact> merge(List<CodedContact> reports) {
        List<CodedContact> events = new ArrayList<>();
        for (CodedContact report : reports) {
            int leg = visitOf(events, report);
            if (leg >= 0) {
                events.set(leg, events.get(leg).absorbing(report));
                continue;
            }
            int target = -1;
            for (int i = 0; i < events.size(); i++) {
                CodedContact event = events.get(i);
                if (sameContact(event, report)) {
                    if (target < 0 || event.type() == report.type()) {
                        target = i;
                    }
                }
            }
            if (target < 0) {
                events.add(report);
            } else {
                events.set(target, combine(events.get(target), report));
            }
        }
        return events;
    }

    /** The occurred visit of which an undated planned trip of the same visitor to a place is a leg, or -1. */
    private static int visitOf(List<CodedContact> events, CodedContact report) {
        // Only a trip goes somewhere: "the two sides agreed to hold a meeting of experts" is no leg of the visit.
        if (report.type() != ContactType.INTENT_TO_MEET || report.status() != ContactStatus.PLANNED
                || !report.directed() || !report.date().isPublication()
                || report.actorA().isPerson() == report.actorB().isPerson()) {
            return -1;
        }
        ActorRef traveller = report.actorA().isPerson() ? report.actorA() : report.actorB();
        for (int i = 0; i < events.size(); i++) {
            CodedContact event = events.get(i);
            boolean visit = event.type() == ContactType.VISIT || event.type() == ContactType.HOST_VISIT;
            // The visitor is the source of a visit and the guest of a hosted one.
            ActorRef visitor = event.type() == ContactType.VISIT ? event.actorA() : event.actorB();
            if (visit && event.status() == ContactStatus.OCCURRED && event.dyad().equals(report.dyad())
                    && visitor.id().equals(traveller.id())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameContact(CodedContact a, CodedContact b) {
        if (!a.dyad().equals(b.dyad()) || a.status() != b.status()) {
            return false;
        }
        boolean datesAgree = a.date().isPublication() || b.date().isPublication()
                || a.date().start().equals(b.date().start()) && a.date().granularity() == b.date().granularity()
                || isVisit(a.type()) && isVisit(b.type()) && a.type() != b.type()
                        && a.sentenceIndex() != b.sentenceIndex() && arrivalApart(a.date(), b.date());
        if (!datesAgree || !samePeople(a, b)) {
            return false;
        }
        if (a.type() == b.type()) {
            return true;
        }
        boolean meeting = SentenceCoder.isMeetingFamily(a.type()) && SentenceCoder.isMeetingFamily(b.type());
        return meeting && (a.type() == ContactType.CONSULT || b.type() == ContactType.CONSULT
                || isVisit(a.type()) && isVisit(b.type()));
    }

    /**
     * "Lavrov held talks with Araghchi" and "Araghchi also met Putin" are two contacts: reports name the same
     * people on each side, or leave a side to a country, a government or a group.
     */
    private static boolean samePeople(CodedContact a, CodedContact b) {
        return compatible(sideOf(a, a.actorA().country()), sideOf(b, a.actorA().country()))
                && compatible(sideOf(a, a.actorB().country()), sideOf(b, a.actorB().country()));
    }

    private static ActorRef sideOf(CodedContact c, String country) {
        return country.equals(c.actorA().country()) ? c.actorA() : c.actorB();
    }

    private static boolean compatible(ActorRef x, ActorRef y) {
        return !x.isPerson() || !y.isPerson() || x.id().equals(y.id());
    }

    /**
     * A visit told from the guest's side and from the host's: one side often dates the arrival ("arrived late on
     * Wednesday"), the other the welcome or the talks a day or two later. Days at most two apart are one visit,
     * when told in different sentences: one sentence giving both days ("received him on Tuesday, a day after he
     * arrived") tells them apart on purpose.
     */
    private static boolean arrivalApart(EventDate x, EventDate y) {
        if (x.granularity() != DateGranularity.DAY || y.granularity() != DateGranularity.DAY) {
            return false;
        }
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x.start(), y.start())) <= MAX_ARRIVAL_DAYS;
    }

    private static boolean isVisit(ContactType type) {
        return type == ContactType.VISIT || type == ContactType.HOST_VISIT;
    }

    private static CodedContact combine(CodedContact event, CodedContact report) {
        if (event.type() == report.type()) {
            return event.absorbing(report);
        }
        if (event.type() == ContactType.CONSULT) {
            return report.absorbing(event);
        }
        if (report.type() == ContactType.CONSULT) {
            return event.absorbing(report);
        }
        // A visit seen from the host's side and the visitor's: the visitor's report leads.
        return event.type() == ContactType.VISIT ? event.absorbing(report) : report.absorbing(event);
    }
}
