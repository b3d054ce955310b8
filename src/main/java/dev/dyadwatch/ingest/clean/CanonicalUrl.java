package dev.dyadwatch.ingest.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of an article URL, so that one page read through a feed, a crawl and a share link gets one id:
 * scheme and host lower-cased, default port, user info and fragment removed, empty path as {@code /}, and the
 * tracking parameters that share buttons and newsletters add ({@code utm_*}, {@code fbclid}, {@code gclid},
 * {@code mc_cid}, ...) dropped. Other query parameters keep their order: on many news sites they name the article.
 */
public final class CanonicalUrl {

    /** Query parameters that only say how a reader arrived, never which page it is. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl", "ocid", "cmpid", "ncid", "smid", "sr_share",
            "mkt_tok", "ref_src", "ref_url", "_hsenc", "_hsmi", "spm", "at_medium", "at_campaign", "at_custom1",
            "at_custom2", "at_custom3", "at_custom4", "oly_anon_id", "oly_enc_id", "rb_clickid", "vero_id",
            "__twitter_impression", "s_cid", "cid_source", "guccounter", "guce_referrer", "guce_referrer_sig");

    private CanonicalUrl() {
    }

    /** The canonical form of an http(s) URL, or empty when {@code url} is not one. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("http") && !scheme.equals("https") || host == null || host.isEmpty()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80
                || scheme.equals("https") && port == 443;
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.normalize().getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder(rawQuery.length());
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (isTracking(name)) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(parameter);
        }
        return kept.toString();
    }

    /** True for a query parameter that only tracks how the reader arrived. */
    public static boolean isTracking(String parameterName) {
        String name = parameterName.toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
