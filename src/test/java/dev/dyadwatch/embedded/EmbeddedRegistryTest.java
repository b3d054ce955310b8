package dev.dyadwatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyadwatch.registry.CompatibilityResult;
import dev.dyadwatch.registry.RegisteredSchema;
import dev.dyadwatch.registry.SchemaRegistryClient;
import dev.dyadwatch.registry.SchemaRegistryException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedRegistryTest {

    static final Schema V1 = SchemaBuilder.record("Greeting").namespace("test").fields()
            .requiredString("text").endRecord();
    static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("Greeting").namespace("test").fields()
            .requiredString("text").name("lang").type().stringType().stringDefault("eng").endRecord();
    static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("Greeting").namespace("test").fields()
            .requiredString("text").requiredInt("count").endRecord();

    EmbeddedRegistry registry;
    SchemaRegistryClient client;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        registry = EmbeddedRegistry.startInMemory();
        client = SchemaRegistryClient.forUrl(registry.url());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void shouldRegisterLookUpAndFetchSchemasById() {
        int id = client.register("greetings-value", V1);
        assertThat(client.register("greetings-value", V1)).isEqualTo(id);
        assertThat(client.lookup("greetings-value", V1)).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.version()).isEqualTo(1);
        });
        assertThat(SchemaRegistryClient.forUrl(registry.url()).schemaById(id)).isEqualTo(V1);
        assertThat(client.subjects()).containsExactly("greetings-value");
        assertThat(client.lookup("greetings-value", V2_WITH_DEFAULT)).isEmpty();
    }

    @Test
    void shouldGiveTheSameIdToTheSameSchemaUnderTwoSubjects() {
        int first = client.register("a-value", V1);
        int second = client.register("b-value", V1);
        assertThat(second).isEqualTo(first);
        assertThat(client.register("b-value", V2_WITH_DEFAULT)).isEqualTo(first + 1);
    }

    @Test
    void shouldAcceptABackwardCompatibleChangeAsANewVersion() {
        client.register("greetings-value", V1);
        int id = client.register("greetings-value", V2_WITH_DEFAULT);
        RegisteredSchema latest = client.latest("greetings-value");
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(id);
        assertThat(client.versions("greetings-value")).containsExactly(1, 2);
        assertThat(client.version("greetings-value", "1").schema()).isEqualTo(V1);
    }

    @Test
    void shouldRefuseAnIncompatibleChangeSayingWhatIsIncompatible() {
        client.register("greetings-value", V1);
        CompatibilityResult result = client.testCompatibility("greetings-value", V2_WITHOUT_DEFAULT);
        assertThat(result.compatible()).isFalse();
        assertThat(result.messages()).anySatisfy(m -> assertThat(m).contains("count"));
        assertThatThrownBy(() -> client.register("greetings-value", V2_WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessageContaining("greetings-value")
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
                .hasMessageContaining("count");
    }

    @Test
    void shouldLetASubjectOptOutOfCompatibility() {
        client.register("greetings-value", V1);
        assertThat(client.compatibility()).isEqualTo("BACKWARD");
        assertThat(client.setCompatibility("greetings-value", "NONE")).isEqualTo("NONE");
        assertThat(client.compatibility("greetings-value")).isEqualTo("NONE");
        assertThat(client.register("greetings-value", V2_WITHOUT_DEFAULT)).isPositive();
        assertThat(client.setCompatibility("FULL")).isEqualTo("FULL");
        assertThat(client.compatibility()).isEqualTo("FULL");
    }

    @Test
    void shouldAnswerConfluentErrorCodesAsJson() throws Exception {
        assertThat(get("/subjects/nope/versions/latest"))
                .startsWith("404 ").contains("\"error_code\":40401");
        client.register("greetings-value", V1);
        assertThat(get("/subjects/greetings-value/versions/7")).startsWith("404 ").contains("\"error_code\":40402");
        assertThat(get("/subjects/greetings-value/versions/zero")).startsWith("422 ")
                .contains("\"error_code\":42202");
        assertThat(get("/schemas/ids/999")).startsWith("404 ").contains("\"error_code\":40403");
        assertThat(get("/config/greetings-value")).startsWith("404 ").contains("\"error_code\":40408");
        assertThat(post("/subjects/x-value/versions", "{\"schema\": \"{not avro\"}")).startsWith("422 ")
                .contains("\"error_code\":42201");
        assertThat(post("/subjects/x-value/versions", "not json")).startsWith("400 ");
        assertThat(post("/subjects/x-value/versions", "{\"schema\":\"\\\"string\\\"\",\"schemaType\":\"PROTOBUF\"}"))
                .startsWith("422 ").contains("42201");
        assertThat(put("/config", "{\"compatibility\": \"SIDEWAYS\"}")).startsWith("422 ").contains("42203");
    }

    @Test
    void shouldAnswer404ToUnknownPathsSoClientsFallBack() throws Exception {
        assertThat(get("/associations/resources/-/articles-raw?resourceType=topic")).startsWith("404 ")
                .contains("\"error_code\":404");
        assertThat(get("/nothing/here")).startsWith("404 ");
    }

    @Test
    void shouldServeTheRawSchemaAndTheTypes() throws Exception {
        int id = client.register("greetings-value", V1);
        assertThat(get("/subjects/greetings-value/versions/latest/schema")).isEqualTo("200 " + V1);
        assertThat(get("/schemas/ids/" + id + "/versions"))
                .isEqualTo("200 [{\"subject\":\"greetings-value\",\"version\":1}]");
        assertThat(get("/schemas/types")).isEqualTo("200 [\"AVRO\"]");
    }

    @Test
    void shouldRequireBasicAuthWhenConfigured() {
        try (EmbeddedRegistry secured = EmbeddedRegistry.start(
                new dev.dyadwatch.embedded.registry.InMemorySchemaLog(), "localhost", 0, "ops:s3cret")) {
            SchemaRegistryClient anonymous = new SchemaRegistryClient(
                    dev.dyadwatch.registry.RegistryClientConfig.forUrl(secured.url()));
            assertThatThrownBy(anonymous::subjects).isInstanceOfSatisfying(SchemaRegistryException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(401)).hasMessageContaining("basic.auth.user.info");
            SchemaRegistryClient authorised = new SchemaRegistryClient(
                    dev.dyadwatch.registry.RegistryClientConfig.fromProperties(java.util.Map.of(
                            "schema.registry.url", secured.url(), "basic.auth.credentials.source", "USER_INFO",
                            "basic.auth.user.info", "ops:s3cret")));
            assertThat(authorised.register("s-value", V1)).isPositive();
        }
    }

    private String get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(registry.url() + path)).GET().build());
    }

    private String post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", SchemaRegistryClient.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String put(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", SchemaRegistryClient.CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue(SchemaRegistryClient.CONTENT_TYPE);
        return response.statusCode() + " " + response.body();
    }
}
