package dev.dyadwatch.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}): the first node typed as a
 * news article, blog post or report, looked for in arrays and {@code @graph}s. Malformed JSON-LD is ignored: it is
 * common and the page's other metadata usually says the same.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "WebPage", "SocialMediaPosting");
    private static final JsonLd NONE = new JsonLd(null);

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    static JsonLd of(Document page) {
        JsonNode best = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue;
            }
            JsonNode found = findArticle(root);
            if (found != null && (best == null || !isType(found, "WebPage"))) {
                best = found;
                if (!isType(found, "WebPage")) {
                    break;
                }
            }
        }
        return best == null ? NONE : new JsonLd(best);
    }

    private static JsonNode findArticle(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root);
        JsonNode webPage = null;
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            if (node == null) {
                continue;
            }
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                for (String type : ARTICLE_TYPES) {
                    if (isType(node, type)) {
                        if (!type.equals("WebPage")) {
                            return node;
                        }
                        webPage = webPage == null ? node : webPage;
                    }
                }
                if (node.has("@graph")) {
                    pending.add(node.get("@graph"));
                }
            }
        }
        return webPage;
    }

    private static boolean isType(JsonNode node, String type) {
        JsonNode types = node.get("@type");
        if (types == null) {
            return false;
        }
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (type.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(types.asText());
    }

    Optional<String> headline() {
        return text("headline").or(() -> text("name"));
    }

    Optional<String> datePublished() {
        return text("datePublished").or(() -> text("dateCreated"));
    }

    Optional<String> url() {
        Optional<String> url = text("url");
        if (url.isPresent()) {
            return url;
        }
        JsonNode main = article == null ? null : article.get("mainEntityOfPage");
        if (main != null && main.isObject()) {
            return Optional.ofNullable(main.get("@id")).map(JsonNode::asText);
        }
        return main == null ? Optional.empty() : Optional.of(main.asText());
    }

    Optional<String> publisher() {
        JsonNode publisher = article == null ? null : article.get("publisher");
        if (publisher != null && publisher.isArray() && publisher.size() > 0) {
            publisher = publisher.get(0);
        }
        if (publisher != null && publisher.isObject() && publisher.hasNonNull("name")) {
            return Optional.of(publisher.get("name").asText());
        }
        return Optional.empty();
    }

    private Optional<String> text(String field) {
        if (article == null) {
            return Optional.empty();
        }
        JsonNode value = article.get(field);
        if (value == null || !value.isValueNode()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
