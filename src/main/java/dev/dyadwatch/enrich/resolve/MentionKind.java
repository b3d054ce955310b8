package dev.dyadwatch.enrich.resolve;

/** What a span of text names. */
public enum MentionKind {
    /** A person, by name, short name or title. */
    PERSON,
    /** A country by its name. */
    COUNTRY,
    /** A government by its capital or seat ("Moscow said", "the Kremlin"). */
    GOVERNMENT,
    /** An international organisation. */
    ORGANISATION,
    /** An office whose holder is unknown ("the Uzbek president" with no dictionary entry). */
    OFFICE,
    /** An unnamed group acting for a state ("Pakistani officials", "a Russian delegation", "Indian troops"). */
    GROUP,
    /** A capital or seat used as a place ("arrived in Moscow"): not an actor, but it locates a visit. */
    PLACE
}
