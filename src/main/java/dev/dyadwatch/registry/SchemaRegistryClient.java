package dev.dyadwatch.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Confluent Schema Registry REST protocol (works with Confluent's registry, its
 * compatible peers, and dyadwatch's embedded registry).
 *
 * <p>Every call goes to the first URL that answers; connection errors and 5xx answers are retried with
 * exponential backoff, then reported as a transient {@link SchemaRegistryException}. A 4xx answer is reported
 * at once, naming the subject and carrying the registry's own reason (an incompatible schema says what is
 * incompatible). Schemas by id and ids by subject and schema never change once registered, so both are cached.
 * Thread-safe.
 */
public final class SchemaRegistryClient {

    /** The registry protocol's content type. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final String authorization;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

    public SchemaRegistryClient(RegistryClientConfig config) {
        this.config = config;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (config.sslContext() != null) {
            builder.sslContext(config.sslContext());
        }
        this.http = builder.build();
        this.authorization = config.userInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(config.userInfo().getBytes(StandardCharsets.UTF_8));
    }

    /** A client of the registry at {@code url}, with default timeouts and retries. */
    public static SchemaRegistryClient forUrl(String url) {
        return new SchemaRegistryClient(RegistryClientConfig.forUrl(url));
    }

    public RegistryClientConfig config() {
        return config;
    }

    /** Registers {@code schema} under {@code subject} (or finds it there already) and returns its id. */
    public int register(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = ids.get(schema);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema),
                "register a schema under subject " + subject);
        int id = answer.path("id").asInt(-1);
        if (id < 0) {
            throw protocolError("register under subject " + subject, answer);
        }
        ids.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The registration of {@code schema} under {@code subject}, or empty when it is not registered there. */
    public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
        try {
            JsonNode answer = call("POST", "/subjects/" + encode(subject), schemaBody(schema),
                    "look up a schema under subject " + subject);
            RegisteredSchema found = registered(answer, subject);
            idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, found.id());
            return Optional.of(found);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The id of {@code schema} under {@code subject}: from the cache, else looked up, else (if asked) registered. */
    public int idOf(String subject, Schema schema, boolean autoRegister) {
        Map<Schema, Integer> ids = idsBySubject.get(subject);
        Integer cached = ids == null ? null : ids.get(schema);
        if (cached != null) {
            return cached;
        }
        if (autoRegister) {
            return register(subject, schema);
        }
        return lookup(subject, schema).map(RegisteredSchema::id).orElseThrow(() -> new SchemaRegistryException(
                "schema " + schema.getFullName() + " is not registered under subject " + subject
                        + " and auto-registration is off (schema.auto.register=false)", 404,
                SchemaRegistryException.SCHEMA_NOT_FOUND, false, null));
    }

    /** The schema with registry id {@code id} (cached: ids never change). */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call("GET", "/schemas/ids/" + id, null, "fetch schema id " + id);
        Schema schema = parse(answer.path("schema").asText(null), "schema id " + id);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    /** The latest version registered under {@code subject}. */
    public RegisteredSchema latest(String subject) {
        return version(subject, "latest");
    }

    /** Version {@code version} ("latest" or a number) of {@code subject}. */
    public RegisteredSchema version(String subject, String version) {
        JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions/" + encode(version), null,
                "read version " + version + " of subject " + subject);
        return registered(answer, subject);
    }

    /** The version numbers registered under {@code subject}, oldest first. */
    public List<Integer> versions(String subject) {
        JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions", null,
                "list versions of subject " + subject);
        List<Integer> versions = new ArrayList<>();
        answer.forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    /** Every subject in the registry. */
    public List<String> subjects() {
        JsonNode answer = call("GET", "/subjects", null, "list subjects");
        List<String> subjects = new ArrayList<>();
        answer.forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /** Whether {@code schema} may be registered under {@code subject}, with the registry's reasons if not. */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        try {
            String path = "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true";
            JsonNode answer = call("POST", path, schemaBody(schema), "test compatibility under subject " + subject);
            List<String> messages = new ArrayList<>();
            answer.path("messages").forEach(m -> messages.add(m.asText()));
            return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return new CompatibilityResult(true, List.of());
            }
            throw e;
        }
    }

    /** The registry-wide compatibility level, e.g. {@code BACKWARD}. */
    public String compatibility() {
        return call("GET", "/config", null, "read the global compatibility level")
                .path("compatibilityLevel").asText();
    }

    /** The compatibility level of {@code subject}, falling back to the global one when it has none. */
    public String compatibility(String subject) {
        return call("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null,
                "read the compatibility level of subject " + subject).path("compatibilityLevel").asText();
    }

    /** Sets the registry-wide compatibility level. */
    public String setCompatibility(String level) {
        return call("PUT", "/config", compatibilityBody(level), "set the global compatibility level")
                .path("compatibility").asText();
    }

    /** Sets the compatibility level of {@code subject}. */
    public String setCompatibility(String subject, String level) {
        return call("PUT", "/config/" + encode(subject), compatibilityBody(level),
                "set the compatibility level of subject " + subject).path("compatibility").asText();
    }

    private JsonNode call(String method, String path, String body, String what) {
        SchemaRegistryException last = null;
        Duration backoff = config.initialBackoff();
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            URI base = config.urls().get(attempt % config.urls().size());
            try {
                HttpResponse<String> response = http.send(request(method, base, path, body),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() / 100 == 2) {
                    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
                }
                last = refused(response, base, what);
                if (!last.isTransient()) {
                    throw last;
                }
            } catch (IOException e) {
                last = new SchemaRegistryException("schema registry at " + base + " is unreachable (could not "
                        + what + "): " + describe(e), 0, 0, true, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("interrupted while trying to " + what, 0, 0, true, e);
            }
            if (attempt < config.maxRetries()) {
                LOG.warn("{}; retrying in {} ms ({} of {})", last.getMessage(), backoff.toMillis(), attempt + 1,
                        config.maxRetries());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
        throw new SchemaRegistryException(last.getMessage() + " (gave up after " + (config.maxRetries() + 1)
                + " attempts)", last.httpStatus(), last.errorCode(), true, last.getCause());
    }

    private HttpRequest request(String method, URI base, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(config.requestTimeout())
                .header("Accept", CONTENT_TYPE + ", application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static SchemaRegistryException refused(HttpResponse<String> response, URI base, String what) {
        int status = response.statusCode();
        int code = status;
        String reason = response.body();
        try {
            JsonNode error = JSON.readTree(response.body());
            code = error.path("error_code").asInt(status);
            reason = error.path("message").asText(reason);
        } catch (IOException | RuntimeException e) {
            // Not a JSON error body (a proxy's page, say): keep the raw text as the reason.
            reason = reason == null || reason.isBlank() ? "HTTP " + status : reason.strip();
        }
        boolean transientFailure = status >= 500 || status == 429;
        String message = "schema registry at " + base + " could not " + what + ": " + reason + " (HTTP " + status
                + ", error " + code + ")";
        if (status == 401 || status == 403) {
            message += "; check basic.auth.user.info";
        }
        return new SchemaRegistryException(message, status, code, transientFailure, null);
    }

    private static RegisteredSchema registered(JsonNode answer, String subject) {
        int id = answer.path("id").asInt(-1);
        int version = answer.path("version").asInt(-1);
        if (id < 0 || version < 0) {
            throw protocolError("read subject " + subject, answer);
        }
        return new RegisteredSchema(answer.path("subject").asText(subject), version, id,
                parse(answer.path("schema").asText(null), "subject " + subject + " version " + version));
    }

    private static Schema parse(String text, String what) {
        if (text == null) {
            throw new SchemaRegistryException("schema registry answered without a schema for " + what, 200, 0, false,
                    null);
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("schema registry returned an unparseable schema for " + what + ": "
                    + e.getMessage(), 200, 0, false, e);
        }
    }

    private static SchemaRegistryException protocolError(String what, JsonNode answer) {
        return new SchemaRegistryException("schema registry gave an unexpected answer to " + what + ": " + answer,
                200, 0, false, null);
    }

    private static String schemaBody(Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema.toString());
        body.put("schemaType", "AVRO");
        return body.toString();
    }

    private static String compatibilityBody(String level) {
        ObjectNode body = JSON.createObjectNode();
        body.put("compatibility", level);
        return body.toString();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while waiting to retry the schema registry", 0, 0, true, e);
        }
    }
}
