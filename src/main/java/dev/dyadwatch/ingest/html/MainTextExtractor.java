package dev.dyadwatch.ingest.html;

import dev.dyadwatch.ingest.clean.TextBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a news page with jsoup and a content score in the manner of Readability:
 * <ol>
 *   <li>remove what is never article text: scripts, forms, navigation, asides, headers and footers, hidden
 *       elements, and elements whose class or id says comments, sharing, related links, cookie notices,
 *       newsletters, sidebars or author boxes (never one that holds most of the page's text);
 *   <li>score each paragraph by its length and commas and credit the score to its parent and grandparent;
 *   <li>take the best-scoring container, weighted down by its link density, with the siblings that score
 *       nearly as well or are plainly paragraphs;
 *   <li>cut the kept elements into blocks for {@link dev.dyadwatch.ingest.clean.BoilerplateFilter}.
 * </ol>
 */
public final class MainTextExtractor {

    /** Elements that never hold article text, removed with everything in them. */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "label", "nav", "aside", "footer",
            "header", "figcaption", "dialog", "menu", "video", "audio", "picture", "map");
    /** Classes of embedded social posts, whose text is the post's, not the article's. */
    private static final List<String> EMBEDS = List.of("twitter-tweet", "instagram-media", "tiktok-embed", "fb-post",
            "twitter-timeline");
    /** Class or id words that always mark boilerplate. */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("comment|share|sharing|social|related|"
            + "recommend|sidebar|widget|cookie|consent|gdpr|newsletter|subscri|signup|sign-up|promo|sponsor|advert|"
            + "\\bads?\\b|\\bad-|-ad\\b|banner|breadcrumb|author-?(box|bio|info|card|details)|\\bbio\\b|popup|modal|"
            + "outbrain|taboola|most-?(read|popular|viewed)|trending|disqus|respond|paywall|also-read|read-?more|"
            + "more-stories|top-stories|post-navigation|next-post|prev-post|jp-relatedposts|yarpp|sharedaddy");
    /** Class or id words that mark boilerplate unless a positive word is there too. */
    private static final Pattern WEAK_NEGATIVE = Pattern.compile("meta|header|footer|\\bnav|menu|tags|print|"
            + "latest|popular|caption|credit|hidden|sr-only|toolbar|login|follow|pagination|pager|masthead|skip|"
            + "byline|author|dateline-bar|timestamp|breaking|ticker|alert");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|story|text|blog|"
            + "hentry|prose|detail");
    private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "article", "main");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_PARAGRAPH = 25;

    private MainTextExtractor() {
    }

    /** The blocks of {@code page}'s main text; prunes {@code page} in place. */
    public static List<TextBlock> extract(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        removeNeverText(body);
        int total = body.text().length();
        for (Element form : body.getElementsByTag("form")) {
            if (form.text().length() * 2 < total) {
                form.remove();
            }
        }
        pruneUnlikely(body, total, new HashMap<>());
        return BlockCollector.collect(mainElements(body));
    }

    /** Blocks of an HTML fragment that is all article (feed content), without scoring. */
    public static List<TextBlock> fragment(Element fragment) {
        removeNeverText(fragment);
        return BlockCollector.collect(List.of(fragment));
    }

    /** Removes, in one pass, the elements that never hold article text, hidden ones and embedded posts. */
    private static void removeNeverText(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && (NEVER_TEXT.contains(element.normalName()) || isHidden(element)
                    || isEmbed(element))) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean isHidden(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
    }

    private static boolean isEmbed(Element element) {
        if (!element.hasAttr("class")) {
            return false;
        }
        for (String embed : EMBEDS) {
            if (element.hasClass(embed)) {
                return true;
            }
        }
        return false;
    }

    /** Removes unlikely elements below {@code element}; {@code verdicts} remembers the verdict per class and id. */
    private static void pruneUnlikely(Element element, int total, Map<String, Boolean> verdicts) {
        for (Element child : new ArrayList<>(element.children())) {
            if (isUnlikely(child, verdicts) && child.text().length() * 2 < total) {
                child.remove();
            } else {
                pruneUnlikely(child, total, verdicts);
            }
        }
    }

    private static boolean isUnlikely(Element element, Map<String, Boolean> verdicts) {
        if (NEVER_PRUNED.contains(element.normalName())) {
            return false;
        }
        String id = element.id();
        String names = element.className();
        if (id.isEmpty() && names.isEmpty()) {
            return false;
        }
        // Menus and link lists repeat one class hundreds of times: judge each class and id once per page.
        return verdicts.computeIfAbsent(names + " " + id, key -> {
            String words = key.toLowerCase(Locale.ROOT);
            return STRONG_NEGATIVE.matcher(words).find()
                    || WEAK_NEGATIVE.matcher(words).find() && !POSITIVE.matcher(words).find();
        });
    }

    private static List<Element> mainElements(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            String text;
            Element container;
            if (PARAGRAPHS.contains(tag)) {
                text = element.text();
                container = element.parent();
            } else if (tag.equals("div") || tag.equals("section")) {
                text = element.ownText();
                container = element;
            } else {
                continue;
            }
            if (text.length() < MIN_PARAGRAPH || container == null) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            credit(scores, container, score);
            credit(scores, container.parent(), score / 2);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = adjusted(entry.getKey(), entry.getValue());
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        return withSiblings(best, bestScore, scores);
    }

    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || isPlainParagraph(sibling)) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    private static boolean isPlainParagraph(Element element) {
        if (!element.normalName().equals("p")) {
            return false;
        }
        String text = element.text();
        double links = linkDensity(element, text.length());
        return text.length() > 80 && links < 0.25
                || !text.isEmpty() && links == 0 && text.endsWith(".");
    }

    private static void credit(Map<Element, Double> scores, Element element, double score) {
        if (element != null) {
            scores.merge(element, score, Double::sum);
        }
    }

    private static double adjusted(Element element, double score) {
        double weighted = score * (1 - linkDensity(element, element.text().length()));
        String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (POSITIVE.matcher(words).find()) {
            weighted += 25;
        }
        if (WEAK_NEGATIVE.matcher(words).find()) {
            weighted -= 25;
        }
        return weighted;
    }

    private static double linkDensity(Element element, int textLength) {
        if (textLength == 0) {
            return 0;
        }
        Elements links = element.getElementsByTag("a");
        int linkText = 0;
        for (Element link : links) {
            linkText += link.text().length();
        }
        return Math.min(1.0, (double) linkText / textLength);
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C') {
                commas++;
            }
        }
        return commas;
    }
}
