package dev.dyadwatch.ingest.html;

import dev.dyadwatch.ingest.clean.TextBlock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A parsed news page: its {@link PageMetadata} and the blocks of its main text, ready for cleaning.
 *
 * @param metadata headline, canonical URL, site name and publication time from the page's head
 * @param blocks the main text's blocks, boilerplate not yet removed
 */
public record HtmlPage(PageMetadata metadata, List<TextBlock> blocks) {

    /**
     * Parses a page.
     *
     * @param html the page's markup
     * @param url the URL it was read from, for resolving relative links; null or empty when unknown
     */
    public static HtmlPage parse(String html, String url) {
        Document document = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = PageMetadata.of(document);
        return new HtmlPage(metadata, MainTextExtractor.extract(document));
    }

    /** The blocks of an HTML fragment that is all article, such as a feed item's content. */
    public static List<TextBlock> fragmentBlocks(String html) {
        return MainTextExtractor.fragment(Jsoup.parseBodyFragment(html).body());
    }
}
