package dev.dyadwatch.ingest.read;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.ArticleDraft;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.clean.TextBlock;
import dev.dyadwatch.ingest.clean.TextDecoder;
import dev.dyadwatch.ingest.html.HtmlPage;
import dev.dyadwatch.ingest.html.PageMetadata;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** Drafts of HTML pages, wherever they were read: a saved file, a fetched URL, a feed item, a WARC record. */
final class HtmlDrafts {

    /**
     * What the context of a page says when the page itself does not.
     *
     * @param title the feed item's title, or null
     * @param publishedAt the feed item's or HTTP header's time, or null
     * @param timeSource where {@code publishedAt} comes from
     * @param source the feed's title, or null
     */
    record Fallback(String title, Instant publishedAt, TimeSource timeSource, String source) {
        static final Fallback NONE = new Fallback(null, null, TimeSource.UNKNOWN, null);
    }

    private HtmlDrafts() {
    }

    /**
     * The draft of a page.
     *
     * @param charset the charset HTTP declared, or null
     * @param url where the page was read from, or null for a saved file
     */
    static ArticleDraft draft(byte[] bytes, String charset, String url, String origin, InputFormat format,
            Instant fetchedAt, Fallback fallback) throws InputException {
        String html = TextDecoder.decode(bytes, charset, true).text();
        HtmlPage page = HtmlPage.parse(html, url);
        PageMetadata metadata = page.metadata();
        String title = metadata.title().orElse(fallback.title());
        if (title == null) {
            title = page.blocks().stream().filter(b -> b.kind() == TextBlock.Kind.HEADING).map(TextBlock::text)
                    .findFirst().orElse(null);
        }
        ArticleDraft draft = ArticleDraft.of(origin, format, title, page.blocks(), fetchedAt)
                .withUrl(url, usableCanonical(metadata.canonicalUrl(), url))
                .withSource(metadata.siteName().orElse(fallback.source()));
        if (metadata.publishedAt().isPresent()) {
            return draft.withPublished(metadata.publishedAt().get(), TimeSource.PAGE_METADATA);
        }
        if (fallback.publishedAt() != null) {
            return draft.withPublished(fallback.publishedAt(), fallback.timeSource());
        }
        return draft;
    }

    /**
     * The page's declared canonical URL, unless it is a site's home page while the page is not (a common template
     * bug that would give every article of the site the same id).
     */
    static String usableCanonical(Optional<String> declared, String url) {
        if (declared.isEmpty()) {
            return null;
        }
        String path = pathOf(declared.get());
        if ((path.isEmpty() || path.equals("/")) && url != null && pathOf(url).length() > 1) {
            return null;
        }
        return declared.get();
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url.strip().replace(" ", "%20")).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
