package dev.dyadwatch.ingest.read;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.ingest.ArticleDraft;
import dev.dyadwatch.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC 1.0/1.1, plain or gzip per record, as news crawls such as CC-NEWS are distributed), read with
 * jwarc. Each response record holding an HTML page with status 200 is extracted like any page: its target URI is
 * the URL, its WARC-Date the fetch time. Other records are not articles and are passed over; so are pages without
 * article text (index pages, galleries). A truncated or corrupt archive fails at the record where it breaks, after
 * the records before it were read. Origins name the record's byte offset: {@code crawl.warc.gz@48213}.
 */
final class WarcArticleReader {

    private WarcArticleReader() {
    }

    static void read(Path file, ReadContext context) {
        try (WarcReader reader = new WarcReader(file)) {
            readRecords(reader, file.toString(), context);
        } catch (IOException | RuntimeException e) {
            context.emitter().failure(file.toString(), new InputException("cannot open as WARC: " + e.getMessage(), e),
                    null);
        }
    }

    static void read(InputStream in, String origin, ReadContext context) {
        try (WarcReader reader = new WarcReader(in)) {
            readRecords(reader, origin, context);
        } catch (IOException | RuntimeException e) {
            context.emitter().failure(origin, new InputException("cannot open as WARC: " + e.getMessage(), e), null);
        }
    }

    private static void readRecords(WarcReader reader, String origin, ReadContext context) {
        long record = 0;
        while (true) {
            long position = reader.position();
            String recordOrigin = origin + "@" + position;
            record++;
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    if (record == 1) {
                        context.emitter().failure(origin, new InputException("no WARC records (empty file)"), null);
                    }
                    return;
                }
                if (next.get() instanceof WarcResponse response) {
                    readResponse(response, recordOrigin, context);
                }
            } catch (IOException | RuntimeException e) {
                context.emitter().failure(recordOrigin, new InputException("truncated or corrupt WARC at record "
                        + record + " (byte " + position + "): " + message(e), e), null);
                return;
            }
        }
    }

    private static void readResponse(WarcResponse response, String origin, ReadContext context) throws IOException {
        String url = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            context.emitter().skip(origin, "response record for " + url + " does not hold an HTTP response");
            return;
        }
        MediaType type = http.contentType();
        if (http.status() != 200) {
            context.emitter().skip(origin, "HTTP " + http.status() + " for " + url);
            return;
        }
        if (type == null || !type.base().toString().contains("html")) {
            context.emitter().skip(origin, "not HTML (" + (type == null ? "no content type" : type.base()) + "): "
                    + url);
            return;
        }
        long limit = context.maxFileBytes();
        byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
        if (body.length > limit) {
            context.emitter().failure(origin, new InputException("page " + url + " is larger than "
                    + FileBytes.megabytes(limit)), null);
            return;
        }
        String charset = type.parameters().get("charset");
        Instant date = response.date();
        context.emitter().article(origin, body, () -> {
            ArticleDraft draft = HtmlDrafts.draft(body, charset, url, origin, InputFormat.WARC, date,
                    HtmlDrafts.Fallback.NONE);
            return draft.asCrawled();
        });
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
