package dev.dyadwatch.embedded.registry;

import java.util.ArrayList;
import java.util.List;

/** A log that lives as long as the process: for tests and throw-away registries. */
public final class InMemorySchemaLog implements SchemaLog {

    private final List<SchemaLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized List<SchemaLogEntry> readAll() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized void append(SchemaLogEntry entry) {
        entries.add(entry);
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
    }
}
