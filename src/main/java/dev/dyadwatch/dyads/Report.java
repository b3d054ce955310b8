package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactType;
import java.util.Comparator;
import java.util.Objects;

/**
 * One counted contact report, as the dyad stage keeps it: what the merge needs (type, event time, the
 * specific people on each side) and what evidence shows (title, URL, source, sentence).
 *
 * @param eventId id of the coded report
 * @param articleId id of its article
 * @param type contact type as counted (planned contacts count as intents)
 * @param cameo three-digit CAMEO code as counted
 * @param plover PLOVER type and mode as counted
 * @param time event time: the publication time, moved into the day the text gives when it gives one
 * @param day the UTC day the report dates the contact to
 * @param dated true when the text gave the day, false when the day is the publication day
 * @param personA id of the specific person acting for the dyad's first country, or null for a country or
 *        government actor (which stands for any of its officials)
 * @param personB the same for the dyad's second country
 * @param source outlet
 * @param publishedAt publication time of the article
 * @param title headline
 * @param url canonical URL, may be null
 * @param sentence the coded sentence
 */
public record Report(String eventId, String articleId, ContactType type, String cameo, String plover, long time,
        int day, boolean dated, String personA, String personB, String source, long publishedAt, String title,
        String url, String sentence) {

    /** The order in which reports are merged: event time, then id, so that any arrival order merges alike. */
    public static final Comparator<Report> MERGE_ORDER =
            Comparator.comparingLong(Report::time).thenComparing(Report::eventId);

    /** The order in which the first report of an event is chosen: publication time, then id. */
    public static final Comparator<Report> FIRST_PUBLISHED =
            Comparator.comparingLong(Report::publishedAt).thenComparing(Report::eventId);

    public Report {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * The type reports are merged by: a visit seen from the host's side (043, "Nakatani hosts Dong") is the visit
     * (042, "Dong visits Japan"); the people on each side are those of the dyad's countries, whatever the
     * direction, so the two reports of one visit meet in one event.
     */
    ContactType mergeType() {
        return type == ContactType.HOST_VISIT ? ContactType.VISIT : type;
    }

    /**
     * Until when this report can pull an undated report of the next day into its event: the end of its day
     * when the text dated it to that day, else its own time.
     */
    long reachesUntil() {
        return dated ? EventTime.dayStart(day + 1) - 1 : time;
    }

    /** Same people, or a country or government actor on one side standing for whoever acts for it. */
    boolean participantsOverlap(String otherA, String otherB) {
        return compatible(personA, otherA) && compatible(personB, otherB);
    }

    private static boolean compatible(String one, String other) {
        return one == null || other == null || one.equals(other);
    }
}
