package dev.dyadwatch.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.ArticleDraft;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.fetch.FetchedPage;
import dev.dyadwatch.ingest.html.HtmlPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed with Rome (DOCTYPEs refused, so no external entities). Each item's
 * linked page is fetched and extracted like any page, the item's title, date and the feed's title standing in for
 * what the page does not say; an item without a link is read from its own content. Items whose link was already
 * published ({@code --follow}) are skipped without fetching.
 */
final class FeedReader {

    private FeedReader() {
    }

    /**
     * Reads a feed.
     *
     * @param origin the feed file or URL
     * @param baseUrl the URL the feed was fetched from, for relative links; null for a file
     * @param fetchedAt when the feed was read
     */
    static void read(byte[] bytes, String origin, String baseUrl, Instant fetchedAt, ReadContext context) {
        SyndFeed feed;
        try {
            feed = parse(bytes);
        } catch (InputException e) {
            context.emitter().failure(origin, e, bytes);
            return;
        }
        InputFormat format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT)
                .startsWith("atom") ? InputFormat.ATOM : InputFormat.RSS;
        String feedTitle = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            String link = link(entry, baseUrl);
            Instant itemTime = date(entry);
            HtmlDrafts.Fallback fallback = new HtmlDrafts.Fallback(entry.getTitle(), itemTime, TimeSource.FEED,
                    feedTitle);
            if (link == null) {
                readContent(entry, origin + "#item" + number, format, fetchedAt, fallback, context);
            } else if (context.links().seen(link)) {
                context.emitter().skip(link, "already published");
            } else {
                readLinkedPage(link, origin, format, fallback, context);
            }
        }
    }

    static SyndFeed parse(byte[] bytes) throws InputException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return input.build(reader);
        } catch (ParsingFeedException e) {
            throw new InputException("malformed feed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + rootMessage(e), e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException("not an RSS or Atom feed: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new InputException("cannot read the feed's XML: " + e.getMessage(), e);
        }
    }

    private static void readLinkedPage(String link, String feedOrigin, InputFormat format,
            HtmlDrafts.Fallback fallback, ReadContext context) {
        FetchedPage page;
        try {
            page = context.fetcher().get().get(link);
        } catch (InputException e) {
            context.emitter().failure(link, new InputException("item of feed " + feedOrigin + ": " + e.getMessage(),
                    e.getCause() == null ? e : e.getCause()), null);
            return;
        }
        if (!page.isHtml() && !InputKind.sniff(page.body()).equals(InputKind.HTML)) {
            context.emitter().failure(link, new InputException("item of feed " + feedOrigin
                    + " links to " + (page.contentType().isEmpty() ? "a non-HTML answer" : page.contentType())
                    + ", not an HTML page"), page.body());
            return;
        }
        context.emitter().article(link, page.body(), () -> HtmlDrafts.draft(page.body(), page.charset(), page.url(),
                link, format, page.fetchedAt(), fallback));
    }

    private static void readContent(SyndEntry entry, String origin, InputFormat format, Instant fetchedAt,
            HtmlDrafts.Fallback fallback, ReadContext context) {
        String html = content(entry);
        if (html == null) {
            context.emitter().failure(origin, new InputException("feed item has neither a link nor content"), null);
            return;
        }
        context.emitter().article(origin, html.getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> {
            ArticleDraft draft = ArticleDraft.of(origin, format, fallback.title(), HtmlPage.fragmentBlocks(html),
                    fetchedAt).withSource(fallback.source());
            return fallback.publishedAt() == null ? draft
                    : draft.withPublished(fallback.publishedAt(), TimeSource.FEED);
        });
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        SyndContent description = entry.getDescription();
        return description == null || description.getValue() == null || description.getValue().isBlank() ? null
                : description.getValue();
    }

    private static String link(SyndEntry entry, String baseUrl) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            String uri = entry.getUri();
            link = uri != null && uri.startsWith("http") ? uri : null;
        }
        if (link == null) {
            return null;
        }
        link = link.strip();
        if (baseUrl != null && !link.startsWith("http")) {
            try {
                return URI.create(baseUrl).resolve(link).toString();
            } catch (IllegalArgumentException e) {
                return link;
            }
        }
        return link;
    }

    private static Instant date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
