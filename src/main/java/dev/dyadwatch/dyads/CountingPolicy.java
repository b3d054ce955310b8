package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ActorRole;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.avro.DateGranularity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which contact reports count as contact, and when.
 *
 * <ul>
 *   <li>OCCURRED contacts count, with their type.</li>
 *   <li>PLANNED contacts (an announced visit) count as an intent to meet (CAMEO 036) at their publication
 *       time, because the announcement is the act; never as the visit itself.</li>
 *   <li>NEGATED contacts are not contact; HISTORICAL ones belong to the past and never to now; UNKNOWN ones
 *       are not counted. Pairwise contacts of a multilateral meeting count only when configured.</li>
 *   <li>Event time: when the text gives the day, that day (the publication time moved into it); when it gives
 *       no date, the publication time. A week, month or year without a day ("earlier this month") cannot be
 *       placed on a day and is not counted: such reports recall contacts reported when they happened. (A day
 *       the stage has already settled is not counted either; see {@link DyadEngine}.)</li>
 * </ul>
 */
public final class CountingPolicy {

    /** Roles held by one person; any other actor of a country stands for its government as a whole. */
    private static final Set<ActorRole> PEOPLE = EnumSet.of(ActorRole.HEAD_OF_STATE, ActorRole.HEAD_OF_GOVERNMENT,
            ActorRole.FOREIGN_MINISTER, ActorRole.DEFENCE_MINISTER, ActorRole.OTHER_OFFICIAL);

    /** What to do with one contact report. */
    public sealed interface Verdict permits Counted, Skipped, Invalid {
    }

    /** It counts, as this report. */
    public record Counted(Report report) implements Verdict {
    }

    /** It is well formed but is not contact to count (negated, historical, multilateral...). */
    public record Skipped(String reason) implements Verdict {
    }

    /** It cannot be processed: it goes to the dead-letter topic with the reason. */
    public record Invalid(String reason) implements Verdict {
    }

    private final DyadSettings settings;

    public CountingPolicy(DyadSettings settings) {
        this.settings = settings;
    }

    /** The verdict on a report read under record key {@code key}. */
    public Verdict classify(String key, ContactEvent event) {
        String problem = problemWith(key, event);
        if (problem != null) {
            return new Invalid(problem);
        }
        ContactStatus status = event.getStatus();
        if (status == ContactStatus.NEGATED) {
            return new Skipped("negated contact is not contact");
        }
        if (status == ContactStatus.HISTORICAL) {
            return new Skipped("historical contact belongs to its own past date");
        }
        if (status == ContactStatus.UNKNOWN || status == ContactStatus.PLANNED && !settings.countPlanned()) {
            return new Skipped("contact status " + status + " is not counted");
        }
        if (event.getMultilateral() && !settings.countMultilateral()) {
            return new Skipped("pairwise contact of a multilateral meeting");
        }
        boolean intent = status == ContactStatus.PLANNED || event.getType() == ContactType.INTENT_TO_MEET;
        long published = event.getPublishedAt().toEpochMilli();
        String dyad = event.getDyad();
        Actor first = Dyads.first(dyad).equals(event.getActorA().getCountry()) ? event.getActorA() : event.getActorB();
        Actor second = first == event.getActorA() ? event.getActorB() : event.getActorA();
        String personA = PEOPLE.contains(first.getRole()) ? first.getId() : null;
        String personB = PEOPLE.contains(second.getRole()) ? second.getId() : null;
        if (intent) {
            return counted(event, ContactType.INTENT_TO_MEET, "036", "AGREE", published, false, personA, personB);
        }
        Instant date = event.getEventDate();
        DateGranularity granularity = event.getDateGranularity();
        if (date == null || granularity == DateGranularity.PUBLICATION || granularity == DateGranularity.UNKNOWN) {
            return countedAsIs(event, published, false, personA, personB);
        }
        int day = EventTime.day(date.toEpochMilli());
        int publishedDay = EventTime.day(published);
        if (granularity == DateGranularity.DAY) {
            // A day after the publication day is time-zone skew at most; further ahead the date is unreliable.
            if (day > publishedDay + 1) {
                return countedAsIs(event, published, false, personA, personB);
            }
            long time = Math.min(Math.max(published, EventTime.dayStart(day)), EventTime.dayStart(day + 1) - 1);
            return countedAsIs(event, time, true, personA, personB);
        }
        return new Skipped("dated only to a " + granularity.toString().toLowerCase(java.util.Locale.ROOT)
                + ", not to a day");
    }

    private static Verdict countedAsIs(ContactEvent event, long time, boolean dated, String personA,
            String personB) {
        return counted(event, event.getType(), event.getCameo(), event.getPlover(), time, dated, personA, personB);
    }

    private static Verdict counted(ContactEvent event, ContactType type, String cameo, String plover, long time,
            boolean dated, String personA, String personB) {
        return new Counted(new Report(event.getEventId(), event.getArticleId(), type, cameo, plover, time,
                EventTime.day(time), dated, personA, personB, event.getSource(),
                event.getPublishedAt().toEpochMilli(), event.getArticleTitle(), event.getUrl(),
                event.getSentence()));
    }

    /** Why the report cannot be processed, or null. */
    private static String problemWith(String key, ContactEvent event) {
        if (event == null) {
            return "contact event record has no value";
        }
        String dyad = event.getDyad();
        if (!Dyads.isDyad(dyad)) {
            return "dyad '" + dyad + "' is not two sorted ISO 3166-1 alpha-3 codes joined by '-'";
        }
        if (!dyad.equals(key)) {
            return "record key '" + key + "' is not the dyad '" + dyad + "'; contact-events must be keyed by dyad";
        }
        if (event.getActorA() == null || event.getActorB() == null) {
            return "contact event " + event.getEventId() + " lacks an actor";
        }
        String pair = Dyads.of(event.getActorA().getCountry(), event.getActorB().getCountry());
        if (!dyad.equals(pair)) {
            return "actors of countries " + event.getActorA().getCountry() + " and "
                    + event.getActorB().getCountry() + " do not make the dyad " + dyad;
        }
        if (isBlank(event.getEventId()) || isBlank(event.getArticleId()) || isBlank(event.getCameo())
                || event.getPublishedAt() == null || event.getSource() == null || event.getSentence() == null
                || event.getArticleTitle() == null || event.getType() == null || event.getPlover() == null) {
            return "contact event " + event.getEventId() + " lacks an id, article id, CAMEO code, type, "
                    + "publication time, source, title or sentence";
        }
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
