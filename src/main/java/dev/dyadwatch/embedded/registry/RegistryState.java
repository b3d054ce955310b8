package dev.dyadwatch.embedded.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;

/**
 * What the registry knows: subjects and their versions, schemas by id, compatibility levels. Plain Java and
 * single-threaded (the server serialises calls); changes are made by applying {@link SchemaLogEntry log
 * entries}, so replaying the log rebuilds exactly the same state.
 *
 * <p>Ids are registry-wide: the same schema text under two subjects has one id, as in Confluent's registry.
 * Compatibility is decided by Avro's own {@link SchemaCompatibility} at the subject's level (the global level
 * when the subject has none; BACKWARD by default).
 */
final class RegistryState {

    /** One version of a subject. */
    record Version(String subject, int version, int id, String schema) {
    }

    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, List<Version>> subjects = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;

    /** Applies one log entry (at start while replaying, and after every successful write). */
    void apply(SchemaLogEntry entry) {
        switch (entry.kind()) {
            case SCHEMA -> {
                schemasById.put(entry.id(), entry.schema());
                idsBySchema.putIfAbsent(entry.schema(), entry.id());
                subjects.computeIfAbsent(entry.subject(), s -> new ArrayList<>())
                        .add(new Version(entry.subject(), entry.version(), entry.id(), entry.schema()));
                maxId = Math.max(maxId, entry.id());
            }
            case CONFIG -> {
                CompatibilityLevel level = CompatibilityLevel.parse(entry.compatibility());
                if (level == null) {
                    throw new IllegalStateException("log holds an unknown compatibility level "
                            + entry.compatibility());
                }
                if (entry.subject() == null) {
                    globalLevel = level;
                } else {
                    subjectLevels.put(entry.subject(), level);
                }
            }
            default -> throw new IllegalStateException("unknown log entry " + entry);
        }
    }

    /**
     * What registering {@code schemaText} under {@code subject} means: the existing version when it is there
     * already (nothing to write), else the log entry to write, after the compatibility check.
     */
    Registration planRegistration(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        String canonical = schema.toString();
        Optional<Version> existing = find(subject, canonical);
        if (existing.isPresent()) {
            return new Registration(existing.get().id(), null);
        }
        List<String> problems = incompatibilities(subject, schema, levelOf(subject));
        if (!problems.isEmpty()) {
            throw RegistryError.incompatible("Schema being registered is incompatible with an earlier schema for "
                    + "subject \"" + subject + "\" (compatibility " + levelOf(subject) + "): "
                    + String.join("; ", problems));
        }
        int id = idsBySchema.getOrDefault(canonical, maxId + 1);
        List<Version> versions = subjects.getOrDefault(subject, List.of());
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        return new Registration(id, SchemaLogEntry.schema(subject, version, id, canonical));
    }

    /** The id to answer, and the entry to write first (null when the schema was registered already). */
    record Registration(int id, SchemaLogEntry entry) {
    }

    /** The version of {@code subject} holding {@code schemaText}. */
    Version lookup(String subject, String schemaText) {
        requireSubject(subject);
        String canonical = parse(schemaText).toString();
        return find(subject, canonical).orElseThrow(() -> RegistryError.schemaNotFound("Schema not found"));
    }

    String schemaById(int id) {
        String schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryError.schemaNotFound("Schema " + id + " not found");
        }
        return schema;
    }

    /** Subjects and versions that use schema {@code id}. */
    List<Version> usesOf(int id) {
        schemaById(id);
        List<Version> uses = new ArrayList<>();
        subjects.values().forEach(versions -> versions.stream().filter(v -> v.id() == id).forEach(uses::add));
        return uses;
    }

    List<String> subjects() {
        return List.copyOf(subjects.keySet());
    }

    List<Version> versions(String subject) {
        return List.copyOf(requireSubject(subject));
    }

    /** Version {@code version} ("latest", "-1" or a positive number) of {@code subject}. */
    Version version(String subject, String version) {
        List<Version> versions = requireSubject(subject);
        if (version.equals("latest") || version.equals("-1")) {
            return versions.get(versions.size() - 1);
        }
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw RegistryError.invalidVersion(version);
        }
        if (number < 1) {
            throw RegistryError.invalidVersion(version);
        }
        return versions.stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, version));
    }

    /** Reasons {@code schemaText} could not be registered after {@code version} of {@code subject}. */
    List<String> testCompatibility(String subject, String version, String schemaText) {
        Schema schema = parse(schemaText);
        List<Version> versions = requireSubject(subject);
        CompatibilityLevel level = levelOf(subject);
        if (version.equals("latest") || version.equals("-1") || level.transitive) {
            return incompatibilities(subject, schema, level);
        }
        return check(schema, parse(version(subject, version).schema()), level, "version " + version);
    }

    CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** The subject's own level, or null when it has none. */
    CompatibilityLevel subjectLevel(String subject) {
        return subjectLevels.get(subject);
    }

    CompatibilityLevel levelOf(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private List<String> incompatibilities(String subject, Schema schema, CompatibilityLevel level) {
        List<Version> versions = subjects.getOrDefault(subject, List.of());
        if (versions.isEmpty() || level == CompatibilityLevel.NONE) {
            return List.of();
        }
        List<Version> against = level.transitive ? versions : List.of(versions.get(versions.size() - 1));
        List<String> problems = new ArrayList<>();
        for (Version earlier : against) {
            problems.addAll(check(schema, parse(earlier.schema()), level, "version " + earlier.version()));
        }
        return problems;
    }

    private static List<String> check(Schema proposed, Schema earlier, CompatibilityLevel level, String which) {
        List<String> problems = new ArrayList<>();
        if (level.backward) {
            describe(SchemaCompatibility.checkReaderWriterCompatibility(proposed, earlier),
                    "the new schema cannot read data written with " + which, problems);
        }
        if (level.forward) {
            describe(SchemaCompatibility.checkReaderWriterCompatibility(earlier, proposed),
                    which + " cannot read data written with the new schema", problems);
        }
        return problems;
    }

    private static void describe(SchemaCompatibility.SchemaPairCompatibility result, String direction,
            List<String> problems) {
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (SchemaCompatibility.Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            problems.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + " (" + incompatibility.getMessage() + ")");
        }
    }

    private Optional<Version> find(String subject, String canonical) {
        return subjects.getOrDefault(subject, List.of()).stream().filter(v -> v.schema().equals(canonical))
                .findFirst();
    }

    private List<Version> requireSubject(String subject) {
        List<Version> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions;
    }

    static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryError.invalidSchema("Invalid schema: the request has no schema");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (SchemaParseException | NullPointerException e) {
            throw RegistryError.invalidSchema("Invalid schema " + abbreviate(schemaText) + ": " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
