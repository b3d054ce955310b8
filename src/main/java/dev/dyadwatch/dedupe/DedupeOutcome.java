package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.DeadLetter;
import dev.dyadwatch.avro.DuplicateVerdict;
import dev.dyadwatch.avro.RawArticle;

/**
 * The verdict of one dedupe check on an article: pass it on, record it as a copy, or dead-letter it.
 * Exactly one field is set; it never leaves the topology.
 */
record DedupeOutcome(RawArticle article, DuplicateVerdict duplicate, DeadLetter deadLetter) {

    static DedupeOutcome passOn(RawArticle article) {
        return new DedupeOutcome(article, null, null);
    }

    static DedupeOutcome copy(DuplicateVerdict verdict) {
        return new DedupeOutcome(null, verdict, null);
    }

    static DedupeOutcome rejected(DeadLetter letter) {
        return new DedupeOutcome(null, null, letter);
    }

    boolean isCopy() {
        return duplicate != null;
    }

    boolean isRejected() {
        return deadLetter != null;
    }
}
