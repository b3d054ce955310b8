package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ContactType;
import java.time.LocalDate;

/**
 * One real contact between two countries in a scenario, which one or more articles report. Its details are
 * fixed here so that every report describes the same call, visit or signing, each in its own words.
 *
 * @param id event id, shared by every report
 * @param type what kind of contact; a {@code VISIT} is reported either as a visit or as the host receiving it
 * @param a first side: the caller, the traveller
 * @param b second side: the host of a visit
 * @param level who speaks for each side
 * @param day the day it happened
 * @param topic what was discussed
 * @param field the field of cooperation (agreements)
 * @param agreement which agreement wording
 * @param venue where a third-location meeting took place, else null
 * @param exercise the exercise of a military contact
 * @param exerciseName its name
 * @param secondaryType a second contact on the same day (talks or a signing during a visit), or null
 * @param secondaryId the second contact's event id, or null
 */
record Event(String id, ContactType type, Figure a, Figure b, Level level, LocalDate day, Lexicon.Topic topic,
        int field, int agreement, Venue venue, Lexicon.Exercise exercise, String exerciseName,
        ContactType secondaryType, String secondaryId) {

    String dyad() {
        return Dyads.of(a.country().iso3(), b.country().iso3());
    }
}
