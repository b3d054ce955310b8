package dev.dyadwatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

/**
 * The Avro contracts in {@code schemas/}: they parse, document every field, name closed sets as enums with a
 * default symbol, keep times as timestamp-millis, and stay BACKWARD compatible with the last released version
 * (kept under src/test/resources/schemas/released/), every later field carrying a default.
 */
class SchemaContractTest {

    static final Path CURRENT = Path.of("schemas");
    static final Path RELEASED = Path.of("src/test/resources/schemas/released/0.1");

    /** Parses a folder of .avsc files, shared types in common/ first. */
    static Map<String, Schema> parse(Path dir) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> topLevel = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> common = Files.list(dir.resolve("common"))) {
            common.filter(p -> p.toString().endsWith(".avsc")).sorted(SchemaContractTest::commonOrder)
                    .forEach(files::add);
        }
        try (Stream<Path> top = Files.list(dir)) {
            top.filter(p -> p.toString().endsWith(".avsc")).sorted().forEach(files::add);
        }
        for (Path file : files) {
            Schema schema = parser.parse(file.toFile());
            topLevel.put(schema.getFullName(), schema);
        }
        return topLevel;
    }

    /** Actor and RawArticle before ContactEvent, which refers to Actor. */
    private static int commonOrder(Path a, Path b) {
        List<String> order = List.of("Actor.avsc", "RawArticle.avsc", "ContactEvent.avsc");
        return Integer.compare(rank(order, a), rank(order, b));
    }

    private static int rank(List<String> order, Path file) {
        int index = order.indexOf(file.getFileName().toString());
        return index < 0 ? order.size() : index;
    }

    @Test
    void shouldHaveAContractForEveryTopic() throws IOException {
        assertThat(parse(CURRENT).keySet()).contains("dev.dyadwatch.avro.RawArticle",
                "dev.dyadwatch.avro.UniqueArticle", "dev.dyadwatch.avro.DuplicateVerdict",
                "dev.dyadwatch.avro.EnrichedArticle", "dev.dyadwatch.avro.ContactEvent",
                "dev.dyadwatch.avro.DyadWindowCount", "dev.dyadwatch.avro.DyadAlert", "dev.dyadwatch.avro.DeadLetter");
    }

    @Test
    void shouldDocumentEveryTypeAndField() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (Schema schema : parse(CURRENT).values()) {
            visit(schema, new HashSet<>(), named -> {
                if (isBlank(named.getDoc())) {
                    undocumented.add(named.getFullName());
                }
                if (named.getType() == Schema.Type.RECORD) {
                    named.getFields().stream().filter(f -> isBlank(f.doc()))
                            .forEach(f -> undocumented.add(named.getFullName() + "." + f.name()));
                }
            });
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldGiveEveryEnumADefaultSymbolSoItCanGrow() throws IOException {
        List<String> closed = new ArrayList<>();
        for (Schema schema : parse(CURRENT).values()) {
            visit(schema, new HashSet<>(), named -> {
                if (named.getType() == Schema.Type.ENUM && named.getEnumDefault() == null) {
                    closed.add(named.getFullName());
                }
            });
        }
        assertThat(closed).isEmpty();
    }

    @Test
    void shouldKeepTimesAsTimestampMillis() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Schema schema : parse(CURRENT).values()) {
            visit(schema, new HashSet<>(), named -> {
                if (named.getType() != Schema.Type.RECORD) {
                    return;
                }
                for (Schema.Field field : named.getFields()) {
                    if (field.name().endsWith("At") && !isTimestamp(field.schema())) {
                        wrong.add(named.getFullName() + "." + field.name());
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldStayBackwardCompatibleWithTheLastRelease() throws IOException {
        Map<String, Schema> current = parse(CURRENT);
        Map<String, Schema> released = parse(RELEASED);
        for (Map.Entry<String, Schema> old : released.entrySet()) {
            Schema now = current.get(old.getKey());
            assertThat(now).as("%s was released and must not disappear", old.getKey()).isNotNull();
            SchemaCompatibility.SchemaPairCompatibility result =
                    SchemaCompatibility.checkReaderWriterCompatibility(now, old.getValue());
            assertThat(result.getType()).as("%s: %s", old.getKey(), result.getResult().getIncompatibilities())
                    .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @Test
    void shouldGiveEveryFieldAddedSinceTheReleaseADefault() throws IOException {
        Map<String, Schema> current = parse(CURRENT);
        Map<String, Schema> released = parse(RELEASED);
        Map<String, Schema> releasedNamed = new LinkedHashMap<>();
        released.values().forEach(s -> visit(s, new HashSet<>(), n -> releasedNamed.put(n.getFullName(), n)));
        List<String> withoutDefault = new ArrayList<>();
        for (Schema schema : current.values()) {
            visit(schema, new HashSet<>(), named -> {
                Schema old = releasedNamed.get(named.getFullName());
                if (named.getType() != Schema.Type.RECORD || old == null) {
                    return;
                }
                named.getFields().stream().filter(f -> old.getField(f.name()) == null && !f.hasDefaultValue())
                        .forEach(f -> withoutDefault.add(named.getFullName() + "." + f.name()));
            });
        }
        assertThat(withoutDefault).isEmpty();
    }

    private static boolean isTimestamp(Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            return schema.getTypes().stream().anyMatch(SchemaContractTest::isTimestamp);
        }
        return schema.getLogicalType() instanceof LogicalTypes.TimestampMillis;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Calls {@code onNamed} for every record and enum reachable from {@code schema}, once each. */
    private static void visit(Schema schema, Set<String> seen, java.util.function.Consumer<Schema> onNamed) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    onNamed.accept(schema);
                    schema.getFields().forEach(f -> visit(f.schema(), seen, onNamed));
                }
            }
            case ENUM -> {
                if (seen.add(schema.getFullName())) {
                    onNamed.accept(schema);
                }
            }
            case ARRAY -> visit(schema.getElementType(), seen, onNamed);
            case MAP -> visit(schema.getValueType(), seen, onNamed);
            case UNION -> schema.getTypes().forEach(t -> visit(t, seen, onNamed));
            default -> {
            }
        }
    }
}
