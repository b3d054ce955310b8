package dev.dyadwatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted HTTP server: retries, failover, errors and auth as the protocol has them. */
class SchemaRegistryClientTest {

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int failuresFirst, int failureStatus, String answer) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            boolean fail = calls.getAndIncrement() < failuresFirst;
            byte[] body = (fail ? "{\"error_code\":50001,\"message\":\"store busy\"}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? failureStatus : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static SchemaRegistryClient client(Map<String, Object> props) {
        RegistryClientConfig config = RegistryClientConfig.fromProperties(props)
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
        return new SchemaRegistryClient(config);
    }

    @Test
    void shouldRetryServerErrorsWithBackoffAndThenSucceed() throws IOException {
        String url = serve(2, 503, "[\"a-value\"]");
        assertThat(client(Map.of("schema.registry.url", url)).subjects()).containsExactly("a-value");
        assertThat(requests).hasSize(3);
    }

    @Test
    void shouldGiveUpAfterTheRetriesAsTransient() throws IOException {
        String url = serve(100, 500, "[]");
        assertThatThrownBy(() -> client(Map.of("schema.registry.url", url)).subjects())
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.errorCode()).isEqualTo(50001);
                })
                .hasMessageContaining("store busy").hasMessageContaining("gave up after 4 attempts");
        assertThat(requests).hasSize(4);
    }

    @Test
    void shouldNotRetryARefusal() throws IOException {
        String url = serve(100, 404, "[]");
        assertThatThrownBy(() -> client(Map.of("schema.registry.url", url)).latest("x-value"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isTransient()).isFalse())
                .hasMessageContaining("x-value");
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldFailOverToTheNextUrlWhenOneIsUnreachable() throws IOException {
        String url = serve(0, 500, "[\"b-value\"]");
        assertThat(client(Map.of("schema.registry.url", "http://localhost:1," + url)).subjects())
                .containsExactly("b-value");
    }

    @Test
    void shouldSendBasicAuthFromUserInfoOrFromTheUrl() throws IOException {
        String url = serve(0, 500, "[]");
        client(Map.of("schema.registry.url", url, "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "ops:s3cret")).subjects();
        client(Map.of("schema.registry.url", url.replace("http://", "http://url:pw@"),
                "basic.auth.credentials.source", "URL")).subjects();
        assertThat(requests.get(0)).endsWith("auth=Basic b3BzOnMzY3JldA==");
        assertThat(requests.get(1)).endsWith("auth=Basic dXJsOnB3");
    }

    @Test
    void shouldEncodeSubjectsInPaths() throws IOException {
        String url = serve(0, 500, "[1]");
        client(Map.of("schema.registry.url", url)).versions("odd subject/value");
        assertThat(requests.get(0)).startsWith("GET /subjects/odd%20subject%2Fvalue/versions");
    }

    @Test
    void shouldRefuseBadConfiguration() {
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of("schema.registry.url", "ftp://x")))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of()))
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of("schema.registry.url", "http://x",
                "basic.auth.credentials.source", "SASL_INHERIT"))).hasMessageContaining("USER_INFO or URL");
        assertThatThrownBy(() -> RegistryClientConfig.fromProperties(Map.of("schema.registry.url", "http://x",
                "schema.registry.ssl.truststore.location", "/nonexistent/trust.jks")))
                .hasMessageContaining("TLS");
    }

    @Test
    void shouldNotShowSecretsInItsConfiguration() {
        RegistryClientConfig config = RegistryClientConfig.fromProperties(Map.of("schema.registry.url",
                "http://x:8081", "basic.auth.user.info", "ops:s3cret"));
        assertThat(config.toString()).doesNotContain("s3cret").contains("basicAuth=true");
    }
}
