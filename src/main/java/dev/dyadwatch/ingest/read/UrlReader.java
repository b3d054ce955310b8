package dev.dyadwatch.ingest.read;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.fetch.FetchedPage;
import java.io.ByteArrayInputStream;

/**
 * One http(s) URL: fetched, then read by what it answered: a feed (fetched conditionally, its validators kept for
 * the next poll), an HTML page, a plain-text list of URLs, plain text, JSON Lines or a WARC file.
 */
final class UrlReader {

    private UrlReader() {
    }

    /**
     * Reads {@code url}.
     *
     * @param nested whether this URL came from a URL list (whose URLs are not read as further lists)
     */
    static void read(String url, ReadContext context, boolean nested) {
        if (context.links().seen(url)) {
            context.emitter().skip(url, "already published");
            return;
        }
        FetchedPage page;
        try {
            page = context.fetcher().get().get(url, context.validators().get(url));
        } catch (InputException e) {
            context.emitter().failure(url, e, null);
            return;
        }
        if (page.notModified()) {
            context.emitter().skip(url, "not modified since the last poll");
            return;
        }
        InputKind kind = kindOf(page);
        HtmlDrafts.Fallback fallback = page.lastModified()
                .map(at -> new HtmlDrafts.Fallback(null, at, TimeSource.HTTP_HEADER, null))
                .orElse(HtmlDrafts.Fallback.NONE);
        switch (kind) {
            case FEED -> {
                FeedReader.read(page.body(), url, page.url(), page.fetchedAt(), context);
                context.validators().put(url, page.validators());
            }
            case HTML -> context.emitter().article(url, page.body(), () -> HtmlDrafts.draft(page.body(),
                    page.charset(), page.url(), url, InputFormat.URL, page.fetchedAt(), fallback));
            case URL_LIST -> {
                if (nested) {
                    context.emitter().failure(url, new InputException("a URL list linking to another URL list; "
                            + "lists are followed one level deep"), page.body());
                } else {
                    UrlListReader.read(page.body(), url, context);
                }
            }
            case TEXT -> context.emitter().article(url, page.body(), () -> TextFileReader.draft(page.body(),
                    page.charset(), url, page.url(), page.fetchedAt(), null, InputFormat.URL));
            case JSONL -> JsonLinesReader.read(new ByteArrayInputStream(page.body()), url, page.fetchedAt(), context);
            case WARC -> WarcArticleReader.read(new ByteArrayInputStream(page.body()), url, context);
            default -> throw new IllegalStateException("unhandled input kind " + kind);
        }
    }

    private static InputKind kindOf(FetchedPage page) {
        String type = page.contentType();
        if (type.contains("html")) {
            return InputKind.HTML;
        }
        if (type.contains("rss") || type.contains("atom") || type.contains("xml")) {
            return InputKind.FEED;
        }
        if (type.contains("warc")) {
            return InputKind.WARC;
        }
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json")) {
            return InputKind.JSONL;
        }
        return InputKind.sniff(page.body());
    }
}
