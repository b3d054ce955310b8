package dev.dyadwatch.ingest.read;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.TimeSource;
import dev.dyadwatch.ingest.ArticleDraft;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.clean.LooseDates;
import dev.dyadwatch.ingest.clean.PlainTextBlocks;
import dev.dyadwatch.ingest.clean.TextBlock;
import dev.dyadwatch.ingest.clean.TextDecoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts of scraped plain text: the first non-empty line is the title, the rest the body. Among the first
 * {@value #HEADER_LINES} lines after the title, {@code URL: ...} and {@code Source: ...} lines give the article's
 * URL and outlet (and are removed) and a date line gives its publication time.
 */
final class TextFileReader {

    static final int HEADER_LINES = 6;
    private static final Pattern URL_LINE = Pattern.compile("(?i)^(url|link|source url|permalink)\\s*:\\s*"
            + "(https?://\\S+)$");
    private static final Pattern SOURCE_LINE =
            Pattern.compile("(?i)^(source|publisher|outlet|site)\\s*:\\s*(.{1,80})$");

    private TextFileReader() {
    }

    /**
     * The draft of a text file.
     *
     * @param url the URL the text was fetched from, or null
     * @param savedAt when the text was fetched or saved
     * @param source the outlet when the context knows it, or null
     */
    static ArticleDraft draft(byte[] bytes, String charset, String origin, String url, Instant savedAt,
            String source, InputFormat format) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        String text = TextDecoder.decode(bytes, charset, false).text().stripLeading();
        if (text.isEmpty()) {
            throw new InputException("the file holds only white space");
        }
        int titleEnd = text.indexOf('\n');
        String title = (titleEnd < 0 ? text : text.substring(0, titleEnd)).strip();
        List<TextBlock> body = new ArrayList<>(PlainTextBlocks.split(titleEnd < 0 ? "" : text.substring(titleEnd + 1)));
        String foundUrl = url;
        String foundSource = source;
        Optional<Instant> published = Optional.empty();
        for (int i = 0; i < Math.min(HEADER_LINES, body.size()); i++) {
            String line = body.get(i).text();
            Matcher urlLine = URL_LINE.matcher(line);
            Matcher sourceLine = SOURCE_LINE.matcher(line);
            if (urlLine.matches()) {
                foundUrl = foundUrl == null ? urlLine.group(2) : foundUrl;
                body.remove(i--);
            } else if (sourceLine.matches()) {
                foundSource = sourceLine.group(2).strip();
                body.remove(i--);
            } else if (published.isEmpty() && LooseDates.isDateLine(line)) {
                published = LooseDates.find(line);
            }
        }
        ArticleDraft draft = ArticleDraft.of(origin, format, title, body, savedAt).withUrl(foundUrl, null)
                .withSource(foundSource);
        return published.map(at -> draft.withPublished(at, TimeSource.PAGE_METADATA)).orElse(draft);
    }
}
