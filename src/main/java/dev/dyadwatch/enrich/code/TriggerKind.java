package dev.dyadwatch.enrich.code;

/** The kinds of words that make a sentence report a contact. */
public enum TriggerKind {
    /** "telephone conversation", "spoke by phone", "a call from". */
    PHONE,
    /** "visited", "arrived in", "trip to": the subject travels to the host. */
    VISIT,
    /** "hosted", "received", "welcomed": the subject is the host. */
    HOST,
    /** "met", "meeting", "discussed", "called on": an unspecified consultation. */
    MEET,
    /** "summit": a meeting of leaders, often of many countries. */
    SUMMIT,
    /** "talks", "negotiations", "dialogue". */
    TALKS,
    /** "signed", "inked", "reached an agreement". */
    SIGN,
    /** "no agreement", "failed to agree": an agreement that did not happen. */
    NO_AGREEMENT,
    /** "joint exercise", "naval drills", "war games". */
    EXERCISE,
    /** "invited", "invitation": intent to meet. */
    INVITE,
    /** "sidelines", "margins": the meeting is at a third place. */
    SIDELINES
}
