package dev.dyadwatch.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach a schema registry: its URLs, credentials, TLS and retry policy.
 *
 * <p>Read from the property names Confluent's clients use, so an existing client configuration works as is:
 * <ul>
 *   <li>{@code schema.registry.url}: one URL or several, comma-separated (tried in turn on failure);</li>
 *   <li>{@code basic.auth.credentials.source}: {@code USER_INFO} (take {@code basic.auth.user.info},
 *       {@code user:password}) or {@code URL} (take the user info of the URL);</li>
 *   <li>{@code schema.registry.ssl.truststore.location|password|type} and
 *       {@code schema.registry.ssl.keystore.location|password|type}, {@code schema.registry.ssl.key.password};</li>
 *   <li>dyadwatch's own: {@code schema.registry.request.timeout.ms} (default 10000),
 *       {@code schema.registry.max.retries} (default 5), {@code schema.registry.retry.backoff.ms} (default 200),
 *       {@code schema.registry.retry.backoff.max.ms} (default 5000).</li>
 * </ul>
 *
 * @param urls registry base URLs, user info removed
 * @param userInfo {@code user:password} for HTTP basic auth, or null
 * @param sslContext TLS context for {@code https} URLs, or null for the JVM default
 * @param requestTimeout timeout of one HTTP request
 * @param maxRetries retries after a connection error or a 5xx answer
 * @param initialBackoff wait before the first retry, doubled each time
 * @param maxBackoff longest wait between retries
 */
public record RegistryClientConfig(List<URI> urls, String userInfo, SSLContext sslContext, Duration requestTimeout,
        int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String PREFIXED_USER_INFO = "schema.registry.basic.auth.user.info";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
    public static final String MAX_RETRIES = "schema.registry.max.retries";
    public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";
    private static final String SSL = "schema.registry.ssl.";

    public RegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException(URL + " must name at least one registry URL");
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxRetries < 0) {
            throw new IllegalArgumentException(MAX_RETRIES + " must not be negative");
        }
    }

    /** A plain-HTTP configuration for one URL with the default timeouts and retries (tests, the demo). */
    public static RegistryClientConfig forUrl(String url) {
        return fromProperties(Map.of(URL, url));
    }

    /** Reads the configuration from Confluent-style client properties. */
    public static RegistryClientConfig fromProperties(Map<String, ?> props) {
        String urlList = string(props, URL, null);
        if (urlList == null || urlList.isBlank()) {
            throw new IllegalArgumentException(URL + " is not set");
        }
        List<URI> urls = new ArrayList<>();
        String urlUserInfo = null;
        for (String part : urlList.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            URI uri = parseUrl(part.trim());
            if (uri.getUserInfo() != null) {
                urlUserInfo = uri.getUserInfo();
            }
            urls.add(withoutUserInfo(uri));
        }
        String source = string(props, CREDENTIALS_SOURCE, null);
        String userInfo = string(props, USER_INFO, string(props, PREFIXED_USER_INFO, null));
        if (source != null && source.trim().toUpperCase(Locale.ROOT).equals("URL")) {
            userInfo = urlUserInfo;
        } else if (source != null && !source.trim().toUpperCase(Locale.ROOT).equals("USER_INFO")) {
            throw new IllegalArgumentException(CREDENTIALS_SOURCE + " must be USER_INFO or URL, got '" + source + "'");
        } else if (userInfo == null) {
            userInfo = urlUserInfo;
        }
        if (userInfo != null && !userInfo.contains(":")) {
            throw new IllegalArgumentException("registry basic auth user info must be user:password");
        }
        return new RegistryClientConfig(urls, userInfo, sslContext(props),
                Duration.ofMillis(number(props, REQUEST_TIMEOUT_MS, 10_000)), (int) number(props, MAX_RETRIES, 5),
                Duration.ofMillis(number(props, RETRY_BACKOFF_MS, 200)),
                Duration.ofMillis(number(props, RETRY_BACKOFF_MAX_MS, 5_000)));
    }

    /** The same configuration with another retry policy. */
    public RegistryClientConfig withRetries(int retries, Duration initial, Duration max) {
        return new RegistryClientConfig(urls, userInfo, sslContext, requestTimeout, retries, initial, max);
    }

    @Override
    public String toString() {
        return "RegistryClientConfig[urls=" + urls + ", basicAuth=" + (userInfo != null) + ", tls="
                + (sslContext != null) + ", requestTimeout=" + requestTimeout + ", maxRetries=" + maxRetries + "]";
    }

    private static URI parseUrl(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("schema registry URL '" + text + "' must be http(s)://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("schema registry URL '" + text + "' is not a URL: " + e.getMessage(), e);
        }
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("schema registry URL '" + uri + "' is not valid", e);
        }
    }

    private static SSLContext sslContext(Map<String, ?> props) {
        String trustLocation = string(props, SSL + "truststore.location", null);
        String keyLocation = string(props, SSL + "keystore.location", null);
        if (trustLocation == null && keyLocation == null) {
            return null;
        }
        try {
            TrustManagerFactory trust = null;
            if (trustLocation != null) {
                KeyStore store = load(trustLocation, string(props, SSL + "truststore.type", "JKS"),
                        string(props, SSL + "truststore.password", null));
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
            }
            KeyManagerFactory keys = null;
            if (keyLocation != null) {
                String storePassword = string(props, SSL + "keystore.password", null);
                KeyStore store = load(keyLocation, string(props, SSL + "keystore.type", "JKS"), storePassword);
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                String keyPassword = string(props, SSL + "key.password", storePassword);
                keys.init(store, keyPassword == null ? null : keyPassword.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS for the schema registry: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String location, String type, String password)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, password == null ? null : password.toCharArray());
        }
        return store;
    }

    private static String string(Map<String, ?> props, String key, String fallback) {
        Object value = props.get(key);
        return value == null ? fallback : value.toString();
    }

    private static long number(Map<String, ?> props, String key, long fallback) {
        String value = string(props, key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
        }
    }
}
