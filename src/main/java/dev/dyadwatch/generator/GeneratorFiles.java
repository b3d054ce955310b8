package dev.dyadwatch.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a run to files: the articles as JSON Lines at {@code FILE} (gzip-compressed when the name ends in
 * {@code .gz}, which ingest reads transparently) and the ground truth at {@code FILE.truth.json}.
 */
public final class GeneratorFiles implements GenerationSink, AutoCloseable {

    private final JsonLinesWriter articles;
    private final TruthWriter truth;

    public GeneratorFiles(Path articlesFile) throws IOException {
        Path parent = articlesFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.articles = new JsonLinesWriter(writer(articlesFile));
        this.truth = new TruthWriter(writer(truthFile(articlesFile)));
    }

    /** A run written to two writers (closed with this), e.g. for a stream or a benchmark. */
    public GeneratorFiles(Writer articlesOut, Writer truthOut) throws IOException {
        this.articles = new JsonLinesWriter(articlesOut);
        this.truth = new TruthWriter(truthOut);
    }

    /** Where the truth of {@code articlesFile} is written: next to it, {@code FILE.truth.json}. */
    public static Path truthFile(Path articlesFile) {
        return articlesFile.resolveSibling(articlesFile.getFileName() + ".truth.json");
    }

    private static BufferedWriter writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            // The fastest level: generated text compresses well anyway, and the default level is the bottleneck.
            out = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void begin(ScenarioSettings settings, List<Rise> rises) throws IOException {
        truth.begin(settings, rises);
    }

    @Override
    public void article(GeneratedArticle article) throws IOException {
        articles.write(article);
        truth.article(article);
    }

    @Override
    public void end(GenerationSummary summary) throws IOException {
        truth.end(summary);
    }

    @Override
    public void close() throws IOException {
        try {
            articles.close();
        } finally {
            truth.close();
        }
    }
}
