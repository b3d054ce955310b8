package dev.dyadwatch.embedded.registry;

import java.util.List;

/**
 * Where the registry keeps its log: in memory for tests, or in a compacted Kafka topic so that ids survive a
 * restart. One registry writes to a log at a time.
 */
public interface SchemaLog extends AutoCloseable {

    /** Every entry written so far, oldest first (called once at start). */
    List<SchemaLogEntry> readAll();

    /** Appends an entry durably; returns only once it is stored. */
    void append(SchemaLogEntry entry);

    /** Where the log lives, for messages. */
    String describe();

    @Override
    void close();
}
