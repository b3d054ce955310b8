package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.clean.TextBlock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as a reader found it, before cleaning: its title and raw text blocks with what the input said about
 * it. {@link ArticleAssembler} turns it into a {@code RawArticle}.
 *
 * @param origin where it was read
 * @param format the kind of input
 * @param url the URL it was read from, or null
 * @param declaredUrl the canonical URL the page declares, or null
 * @param title the headline as found
 * @param blocks the text blocks as found
 * @param source the outlet, or null to take it from the URL
 * @param publishedAt the publication time, or null when the input gave none
 * @param timeSource where {@code publishedAt} came from
 * @param fetchedAt when the input was read or fetched
 * @param declaredLanguage the language the input declared, or null to detect it
 * @param crawled true for pages met while crawling (WARC): one without article text is passed over, not an error
 */
public record ArticleDraft(String origin, InputFormat format, String url, String declaredUrl, String title,
        List<TextBlock> blocks, String source, Instant publishedAt, TimeSource timeSource, Instant fetchedAt,
        String declaredLanguage, boolean crawled) {

    public ArticleDraft {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(blocks, "blocks");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (publishedAt == null) {
            timeSource = TimeSource.FETCH_TIME;
        }
        Objects.requireNonNull(timeSource, "timeSource");
    }

    /** A draft with only what every input has; the with-methods add the rest. */
    public static ArticleDraft of(String origin, InputFormat format, String title, List<TextBlock> blocks,
            Instant fetchedAt) {
        return new ArticleDraft(origin, format, null, null, title, blocks, null, null, TimeSource.FETCH_TIME,
                fetchedAt, null, false);
    }

    public ArticleDraft withUrl(String newUrl, String newDeclaredUrl) {
        return new ArticleDraft(origin, format, newUrl, newDeclaredUrl, title, blocks, source, publishedAt,
                timeSource, fetchedAt, declaredLanguage, crawled);
    }

    public ArticleDraft withTitle(String newTitle) {
        return new ArticleDraft(origin, format, url, declaredUrl, newTitle, blocks, source, publishedAt, timeSource,
                fetchedAt, declaredLanguage, crawled);
    }

    public ArticleDraft withSource(String newSource) {
        return new ArticleDraft(origin, format, url, declaredUrl, title, blocks, newSource, publishedAt, timeSource,
                fetchedAt, declaredLanguage, crawled);
    }

    public ArticleDraft withPublished(Instant newPublishedAt, TimeSource newTimeSource) {
        return new ArticleDraft(origin, format, url, declaredUrl, title, blocks, source, newPublishedAt,
                newTimeSource, fetchedAt, declaredLanguage, crawled);
    }

    public ArticleDraft withLanguage(String language) {
        return new ArticleDraft(origin, format, url, declaredUrl, title, blocks, source, publishedAt, timeSource,
                fetchedAt, language, crawled);
    }

    public ArticleDraft asCrawled() {
        return new ArticleDraft(origin, format, url, declaredUrl, title, blocks, source, publishedAt, timeSource,
                fetchedAt, declaredLanguage, true);
    }
}
