package dev.dyadwatch.embedded.registry;

/**
 * One entry of the registry's log, the only thing it persists: a schema registered as a subject's version, or a
 * compatibility level set (globally when {@code subject} is null). Replaying the log in order rebuilds the
 * registry, ids included.
 *
 * @param kind what the entry records
 * @param subject the subject, or null for the global configuration
 * @param version the version under the subject (schemas only)
 * @param id the registry-wide schema id (schemas only)
 * @param schema the schema text as registered (schemas only)
 * @param compatibility the level set (configuration only)
 */
public record SchemaLogEntry(Kind kind, String subject, int version, int id, String schema, String compatibility) {

    /** Kinds of log entries. */
    public enum Kind { SCHEMA, CONFIG }

    static SchemaLogEntry schema(String subject, int version, int id, String schema) {
        return new SchemaLogEntry(Kind.SCHEMA, subject, version, id, schema, null);
    }

    static SchemaLogEntry config(String subject, String compatibility) {
        return new SchemaLogEntry(Kind.CONFIG, subject, 0, 0, null, compatibility);
    }
}
