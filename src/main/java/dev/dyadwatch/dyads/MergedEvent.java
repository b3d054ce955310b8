package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.ContactType;
import java.util.Comparator;
import java.util.List;

/**
 * One real contact: the reports of it merged, with how many there were and which outlets carried them.
 *
 * @param key stable key: dyad, type, day and the id of its earliest report
 * @param type contact type
 * @param cameo CAMEO code
 * @param plover PLOVER type and mode
 * @param day the UTC day of the event
 * @param time event time of its earliest report
 * @param reports reports merged into it
 * @param sources distinct outlets, sorted
 * @param first the first published report, shown as evidence
 */
public record MergedEvent(String key, ContactType type, String cameo, String plover, int day, long time,
        int reports, List<String> sources, Report first) {

    /** Newest first, then by key: the order of evidence. */
    public static final Comparator<MergedEvent> NEWEST_FIRST =
            Comparator.comparingLong(MergedEvent::time).reversed().thenComparing(MergedEvent::key);

    public MergedEvent {
        sources = List.copyOf(sources);
    }
}
