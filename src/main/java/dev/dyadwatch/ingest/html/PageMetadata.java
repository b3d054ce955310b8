package dev.dyadwatch.ingest.html;

import dev.dyadwatch.ingest.clean.Timestamps;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a news page says about itself in its head: headline, canonical URL, site name and publication time, read
 * from JSON-LD ({@code NewsArticle} and kin), Open Graph and other {@code <meta>} tags, {@code <link rel=canonical>},
 * {@code <time>} and, for the title, {@code <h1>} and {@code <title>}.
 *
 * @param title the headline, or empty
 * @param canonicalUrl the page's canonical URL as it declares it (absolute), or empty
 * @param siteName the outlet, or empty
 * @param publishedAt the publication time, or empty when the page gives none that parses
 */
public record PageMetadata(Optional<String> title, Optional<String> canonicalUrl, Optional<String> siteName,
        Optional<Instant> publishedAt) {

    /** Meta tags (name, property or itemprop) that hold a publication time, most specific first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "datePublished", "article.published", "pubdate", "publishdate", "publish-date", "publish_date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date",
            "dcterms.date", "date", "originalpublicationdate", "citation_publication_date", "og:updated_time",
            "article:modified_time");

    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator TIME_CONTEXT = QueryParser.parse("article, header, [class~=(?i)(date|time|meta|"
            + "byline)]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");

    /** Reads the metadata of a parsed page. */
    public static PageMetadata of(Document page) {
        Map<String, String> metas = metas(page);
        JsonLd jsonLd = JsonLd.of(page);
        Optional<String> siteName = first(meta(metas, "og:site_name"), jsonLd.publisher(),
                meta(metas, "application-name"), meta(metas, "twitter:site").map(s -> s.replaceFirst("^@", "")));
        Optional<String> title = first(jsonLd.headline(), meta(metas, "og:title"), meta(metas, "twitter:title"),
                headline(page, siteName), pageTitle(page, siteName));
        Optional<String> canonical = first(absolute(page.selectFirst(CANONICAL)),
                meta(metas, "og:url").map(url -> resolve(page, url)),
                jsonLd.url());
        return new PageMetadata(title.map(t -> stripSiteName(t, siteName)), canonical.filter(u -> u.startsWith("http")),
                siteName, publishedAt(page, metas, jsonLd));
    }

    /** Content of each {@code <meta>} by its name, property or itemprop (lower case); the first one wins. */
    private static Map<String, String> metas(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            if (content.isBlank()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop")) {
                String key = meta.attr(attribute);
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content.strip());
                }
            }
        }
        return metas;
    }

    private static Optional<Instant> publishedAt(Document page, Map<String, String> metas, JsonLd jsonLd) {
        Optional<Instant> fromJsonLd = jsonLd.datePublished().flatMap(Timestamps::parse);
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
        }
        for (String key : PUBLISHED_META) {
            Optional<Instant> instant = meta(metas, key).flatMap(Timestamps::parse);
            if (instant.isPresent()) {
                return instant;
            }
        }
        Element datePublished = page.selectFirst("[itemprop=datePublished]");
        if (datePublished != null) {
            Optional<Instant> instant = Timestamps.parse(datePublished.hasAttr("datetime")
                    ? datePublished.attr("datetime") : datePublished.attr("content"));
            if (instant.isPresent()) {
                return instant;
            }
        }
        for (Element time : page.select(TIME)) {
            if (time.hasAttr("pubdate") || "datePublished".equals(time.attr("itemprop"))
                    || time.closest(TIME_CONTEXT) != null) {
                Optional<Instant> instant = Timestamps.parse(time.attr("datetime"));
                if (instant.isPresent()) {
                    return instant;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Map<String, String> metas, String key) {
        return Optional.ofNullable(metas.get(key.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> pageTitle(Document page, Optional<String> siteName) {
        String title = page.title().strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(stripSiteName(title, siteName));
    }

    /**
     * The first {@code <h1>} that is not the site's name (blogs put their name in an h1 above the post's title), and
     * preferably one inside an {@code <article>}.
     */
    private static Optional<String> headline(Document page, Optional<String> siteName) {
        Optional<String> inArticle = text(page.selectFirst("article h1"));
        if (inArticle.isPresent() && !isSiteName(inArticle.get(), siteName)) {
            return inArticle;
        }
        for (Element h1 : page.getElementsByTag("h1")) {
            Optional<String> text = text(h1);
            if (text.isPresent() && !isSiteName(text.get(), siteName)) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static boolean isSiteName(String text, Optional<String> siteName) {
        return siteName.map(site -> site.equalsIgnoreCase(text.strip())).orElse(false);
    }

    /**
     * The headline without the site's name around it: "Pakistan and Russia sign pact | The Daily Record" and
     * "The Daily Record :: Pakistan and Russia sign pact" both give "Pakistan and Russia sign pact".
     */
    static String stripSiteName(String title, Optional<String> siteName) {
        for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " \u00b7 ")) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                String suffix = title.substring(at + separator.length()).strip();
                if (isSiteName(suffix, siteName) || at > suffix.length() && looksLikeName(suffix)) {
                    return stripSiteName(title.substring(0, at).strip(), siteName);
                }
            }
            int first = title.indexOf(separator);
            if (first > 0) {
                String prefix = title.substring(0, first).strip();
                String rest = title.substring(first + separator.length()).strip();
                if (isSiteName(prefix, siteName) || rest.length() > prefix.length() && looksLikeName(prefix)
                        && separator.equals(" :: ")) {
                    return rest;
                }
            }
        }
        return title.strip();
    }

    /** One to four capitalised words: an outlet's name rather than the end of a headline. */
    private static boolean looksLikeName(String text) {
        String[] words = text.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> text(Element element) {
        if (element == null) {
            return Optional.empty();
        }
        String text = element.text().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<String> absolute(Element link) {
        if (link == null) {
            return Optional.empty();
        }
        String url = link.absUrl("href");
        return Optional.of(url.isEmpty() ? link.attr("href") : url).filter(u -> !u.isBlank());
    }

    private static String resolve(Document page, String url) {
        if (page.location().isEmpty()) {
            return url;
        }
        try {
            return java.net.URI.create(page.location()).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().isBlank()) {
                return candidate.map(String::strip);
            }
        }
        return Optional.empty();
    }
}
