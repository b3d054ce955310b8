package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.DyadWindowCount;

/** What the dyad stage sends on: an alert update, a window count, or a reason to dead-letter the input. */
public sealed interface DyadOutput permits DyadOutput.Alert, DyadOutput.Count, DyadOutput.Rejected {

    /** The new current state of a dyad's alert. */
    record Alert(String dyad, DyadAlert alert) implements DyadOutput {
    }

    /** A changed window count of a dyad. */
    record Count(String dyad, DyadWindowCount count) implements DyadOutput {
    }

    /** The input cannot be processed; it goes to the dead-letter topic with this reason. */
    record Rejected(String reason) implements DyadOutput {
    }
}
