package dev.dyadwatch.embedded.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server speaking the Confluent Schema Registry protocol over a {@link SchemaLog}.
 *
 * <p>Routes: {@code GET /subjects}, {@code GET /subjects/{s}/versions}, {@code POST /subjects/{s}/versions}
 * (register), {@code POST /subjects/{s}} (look up), {@code GET /subjects/{s}/versions/{v|latest}} and
 * {@code .../schema}, {@code GET /schemas/ids/{id}} and {@code .../versions}, {@code GET /schemas/types},
 * {@code GET|PUT /config} and {@code /config/{s}}, {@code POST /compatibility/subjects/{s}/versions/{v|latest}}.
 * Errors are JSON {@code {"error_code": N, "message": "..."}} with Confluent's codes; unknown paths answer 404
 * (clients probe optional endpoints and fall back only on 404). Only Avro schemas are accepted. With user
 * info set, every request needs HTTP basic auth.
 */
public final class RegistryServer implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "([^/]+)";
    private static final Pattern SUBJECT_VERSIONS = Pattern.compile("/subjects/" + NAME + "/versions/?");
    private static final Pattern SUBJECT_VERSION = Pattern.compile("/subjects/" + NAME + "/versions/" + NAME);
    private static final Pattern SUBJECT_VERSION_SCHEMA =
            Pattern.compile("/subjects/" + NAME + "/versions/" + NAME + "/schema");
    private static final Pattern SUBJECT = Pattern.compile("/subjects/" + NAME + "/?");
    private static final Pattern SCHEMA_BY_ID = Pattern.compile("/schemas/ids/(-?\\d+)/?");
    private static final Pattern SCHEMA_BY_ID_RAW = Pattern.compile("/schemas/ids/(-?\\d+)/schema");
    private static final Pattern SCHEMA_USES = Pattern.compile("/schemas/ids/(-?\\d+)/versions");
    private static final Pattern SUBJECT_CONFIG = Pattern.compile("/config/" + NAME);
    private static final Pattern COMPATIBILITY =
            Pattern.compile("/compatibility/subjects/" + NAME + "/versions/" + NAME);

    private final SchemaLog log;
    private final RegistryState state = new RegistryState();
    private final HttpServer server;
    private final ExecutorService executor;
    private final String expectedAuthorization;

    private RegistryServer(SchemaLog log, HttpServer server, ExecutorService executor, String userInfo) {
        this.log = log;
        this.server = server;
        this.executor = executor;
        this.expectedAuthorization = userInfo == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replays {@code log} and starts serving on {@code host:port}.
     *
     * @param port the port, 0 for a free one
     * @param userInfo {@code user:password} required of every client, or null for no authentication
     * @throws BindException when the port is taken
     */
    public static RegistryServer start(SchemaLog log, String host, int port, String userInfo) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "dyadwatch-registry-http");
            thread.setDaemon(true);
            return thread;
        });
        RegistryServer registry = new RegistryServer(log, http, executor, userInfo);
        List<SchemaLogEntry> entries = log.readAll();
        entries.forEach(registry.state::apply);
        http.createContext("/", registry::handle);
        http.setExecutor(executor);
        http.start();
        LOG.info("Schema registry listening on http://{}:{} ({} log entries replayed from {})", host,
                http.getAddress().getPort(), entries.size(), log.describe());
        return registry;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        log.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int status;
        JsonNode body;
        try {
            authenticate(exchange);
            // One call at a time: the state is plain Java and a registry's traffic is small (clients cache).
            synchronized (state) {
                body = route(exchange.getRequestMethod(), exchange.getRequestURI(), exchange);
            }
            status = 200;
        } catch (RegistryError e) {
            status = e.httpStatus;
            body = error(e.errorCode, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Schema registry failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            status = 500;
            body = error(50001, "Error in the registry: " + e.getMessage());
        }
        byte[] bytes = body.isTextual() && exchange.getRequestURI().getPath().endsWith("/schema")
                ? body.asText().getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void authenticate(HttpExchange exchange) {
        if (expectedAuthorization == null) {
            return;
        }
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        if (!expectedAuthorization.equals(given)) {
            throw RegistryError.unauthorized();
        }
    }

    private JsonNode route(String method, URI uri, HttpExchange exchange) throws IOException {
        String path = uri.getRawPath();
        Map<String, String> query = query(uri.getRawQuery());
        Matcher m;
        if (path.equals("/") || path.isEmpty()) {
            return only("GET", method, path, JSON.createObjectNode());
        }
        if (path.equals("/subjects") || path.equals("/subjects/")) {
            only("GET", method, path, null);
            return strings(state().subjects());
        }
        if (path.equals("/schemas/types")) {
            only("GET", method, path, null);
            return strings(List.of("AVRO"));
        }
        if ((m = SUBJECT_VERSION_SCHEMA.matcher(path)).matches()) {
            only("GET", method, path, null);
            return JSON.getNodeFactory().textNode(state().version(decode(m.group(1)), decode(m.group(2))).schema());
        }
        if ((m = SUBJECT_VERSIONS.matcher(path)).matches()) {
            String subject = decode(m.group(1));
            if (method.equals("POST")) {
                return register(subject, readBody(exchange));
            }
            only("GET", method, path, null);
            ArrayNode versions = JSON.createArrayNode();
            state().versions(subject).forEach(v -> versions.add(v.version()));
            return versions;
        }
        if ((m = SUBJECT_VERSION.matcher(path)).matches()) {
            only("GET", method, path, null);
            return version(state().version(decode(m.group(1)), decode(m.group(2))));
        }
        if ((m = SUBJECT.matcher(path)).matches()) {
            only("POST", method, path, null);
            JsonNode request = readBody(exchange);
            return version(state().lookup(decode(m.group(1)), schemaOf(request)));
        }
        if ((m = SCHEMA_BY_ID_RAW.matcher(path)).matches()) {
            only("GET", method, path, null);
            return JSON.getNodeFactory().textNode(state().schemaById(Integer.parseInt(m.group(1))));
        }
        if ((m = SCHEMA_USES.matcher(path)).matches()) {
            only("GET", method, path, null);
            ArrayNode uses = JSON.createArrayNode();
            state().usesOf(Integer.parseInt(m.group(1)))
                    .forEach(v -> uses.addObject().put("subject", v.subject()).put("version", v.version()));
            return uses;
        }
        if ((m = SCHEMA_BY_ID.matcher(path)).matches()) {
            only("GET", method, path, null);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("schema", state().schemaById(Integer.parseInt(m.group(1))));
            return answer;
        }
        if (path.equals("/config") || path.equals("/config/")) {
            return config(method, null, exchange, query);
        }
        if ((m = SUBJECT_CONFIG.matcher(path)).matches()) {
            return config(method, decode(m.group(1)), exchange, query);
        }
        if ((m = COMPATIBILITY.matcher(path)).matches()) {
            only("POST", method, path, null);
            String schema = schemaOf(readBody(exchange));
            List<String> problems = state().testCompatibility(decode(m.group(1)), decode(m.group(2)), schema);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("is_compatible", problems.isEmpty());
            if (Boolean.parseBoolean(query.getOrDefault("verbose", "false"))) {
                answer.set("messages", strings(problems));
            }
            return answer;
        }
        throw RegistryError.notFound(path);
    }

    private JsonNode register(String subject, JsonNode request) {
        String schema = schemaOf(request);
        synchronized (state) {
            RegistryState.Registration registration = state.planRegistration(subject, schema);
            if (registration.entry() != null) {
                log.append(registration.entry());
                state.apply(registration.entry());
                LOG.info("Registered schema id {} as version {} of subject {}", registration.id(),
                        registration.entry().version(), subject);
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("id", registration.id());
            return answer;
        }
    }

    private JsonNode config(String method, String subject, HttpExchange exchange, Map<String, String> query)
            throws IOException {
        if (method.equals("PUT")) {
            JsonNode request = readBody(exchange);
            String text = request.path("compatibility").asText(null);
            CompatibilityLevel level = CompatibilityLevel.parse(text);
            if (level == null) {
                throw RegistryError.invalidCompatibilityLevel(text);
            }
            synchronized (state) {
                SchemaLogEntry entry = SchemaLogEntry.config(subject, level.name());
                log.append(entry);
                state.apply(entry);
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("compatibility", level.name());
            return answer;
        }
        only("GET", method, exchange.getRequestURI().getPath(), null);
        CompatibilityLevel level;
        synchronized (state) {
            level = subject == null ? state.globalLevel() : state.subjectLevel(subject);
            if (level == null && Boolean.parseBoolean(query.getOrDefault("defaultToGlobal", "false"))) {
                level = state.globalLevel();
            }
        }
        if (level == null) {
            throw RegistryError.subjectLevelCompatibilityNotConfigured(subject);
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("compatibilityLevel", level.name());
        return answer;
    }

    /** The state; every call holds its lock (see handle). */
    private RegistryState state() {
        return state;
    }

    private static JsonNode only(String allowed, String method, String path, JsonNode answer) {
        if (!allowed.equals(method)) {
            throw RegistryError.methodNotAllowed(method, path);
        }
        return answer;
    }

    private static String schemaOf(JsonNode request) {
        String type = request.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw RegistryError.invalidSchema("Invalid schema type " + type + ": this registry holds Avro schemas");
        }
        if (request.has("references") && request.get("references").size() > 0) {
            throw RegistryError.invalidSchema("Schema references are not supported by this registry");
        }
        JsonNode schema = request.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw RegistryError.invalidSchema("Invalid schema: the request body has no \"schema\" string");
        }
        return schema.asText();
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(16 * 1024 * 1024);
            if (bytes.length == 0) {
                throw RegistryError.badRequest("The request has no JSON body");
            }
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw RegistryError.badRequest("The request body is not JSON: " + e.getMessage());
            }
        }
    }

    private static ObjectNode version(RegistryState.Version version) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("subject", version.subject());
        answer.put("version", version.version());
        answer.put("id", version.id());
        answer.put("schema", version.schema());
        return answer;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode error(int code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("error_code", code);
        error.put("message", message);
        return error;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }
}
