package dev.dyadwatch.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes articles as JSON Lines in the form ingest reads: one object per line with {@code url}, {@code title},
 * {@code text}, {@code source}, {@code published_at} (ISO-8601 with offset) and {@code language}.
 */
final class JsonLinesWriter implements Closeable {

    private final Writer out;
    private final JsonGenerator json;

    JsonLinesWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void write(GeneratedArticle article) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", article.url());
        json.writeStringField("title", article.title());
        json.writeStringField("text", article.text());
        json.writeStringField("source", article.source());
        json.writeStringField("published_at", article.publishedAtText());
        json.writeStringField("language", article.language());
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.close();
    }
}
