package dev.dyadwatch.ingest;

import dev.dyadwatch.ingest.fetch.FetchSettings;
import dev.dyadwatch.ingest.fetch.HttpFetcher;
import dev.dyadwatch.ingest.read.InputRouter;
import dev.dyadwatch.ingest.read.ReadContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reads news articles from whatever a collection produced and hands each one, cleaned and identified, to an
 * {@link ArticleSink}, with every input that could not be read. It never stops at a bad input.
 *
 * <pre>{@code
 * ArticleInputs.withDefaults().read(List.of("scraped/", "export.jsonl.gz", "https://example.org/feed.xml"), sink);
 * }</pre>
 *
 * <p>Each input is a file, a folder (read recursively, hidden files skipped) or an http(s) URL. {@code .gz} files
 * are decompressed on the fly. The format comes from the file name, or from the content when the name does not say:
 * <ul>
 *   <li>{@code .txt}: scraped text; the first non-empty line is the title. Optional header lines among the first
 *       few, {@code URL: https://...} and {@code Source: Outlet}, give the URL and outlet; a date line
 *       ("Published: March 3, 2024") gives the publication time. A {@code .txt} of URLs only is a URL list.
 *   <li>{@code .html}, {@code .htm}: a saved page; main text extracted, title, canonical URL, site name and
 *       publication time from its metadata (JSON-LD, Open Graph, {@code <meta>}).
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: one article per line with {@code title} and {@code text}
 *       (or {@code html}), and optionally {@code url}, {@code source}, {@code published_at} (ISO-8601) and
 *       {@code language}.
 *   <li>{@code .rss}, {@code .atom}, {@code .xml}, or a feed URL: RSS or Atom; each item's linked page is fetched.
 *   <li>{@code .urls}, or a URL answering {@code text/plain} with one URL a line: every URL is fetched.
 *   <li>{@code .warc}, {@code .warc.gz}: the HTML responses of a crawl; pages without article text are skipped.
 * </ul>
 * An article's {@code fetchedAt} is when it was fetched from the web as far as ingest can tell: the time of the
 * fetch for URLs, the WARC-Date for crawls, the file's modification time for files (when the scraper saved it).
 * {@code publishedAt} comes from the input (field, page metadata, feed), else from the HTTP Last-Modified, else is
 * {@code fetchedAt} with {@code publishedAtSource} {@code FETCH_TIME}.
 *
 * <p>Parsing and cleaning run on {@link Builder#parallelism(int) several threads}; the sink is called from the
 * thread that called {@link #read}, in input order. An instance may be reused for several reads (the HTTP fetcher
 * and its robots.txt cache and per-host pacing are kept), but not by two threads at once.
 */
public final class ArticleInputs {

    /** Default largest file holding one article (text or HTML): 8 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final int parallelism;
    private final Clock clock;
    private final FetchSettings fetchSettings;
    private final LinkMemory links;
    private final ValidatorStore validators;
    private final long maxFileBytes;
    private HttpFetcher fetcher;

    private ArticleInputs(Builder builder) {
        this.parallelism = builder.parallelism;
        this.clock = builder.clock;
        this.fetchSettings = builder.fetchSettings;
        this.links = builder.links;
        this.validators = builder.validators;
        this.maxFileBytes = builder.maxFileBytes;
    }

    /** Inputs read with the defaults: one thread per core, polite HTTP, 8 MiB files. */
    public static ArticleInputs withDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads every input in order; returns when all were read and the sink has seen everything. */
    public void read(List<String> inputs, ArticleSink sink) {
        Objects.requireNonNull(sink, "sink");
        try (OrderedAssembly assembly = new OrderedAssembly(sink, parallelism)) {
            ReadContext context = new ReadContext(assembly, clock, this::fetcher, links, validators, maxFileBytes);
            for (String input : inputs) {
                InputRouter.read(input, context);
            }
            assembly.finish();
        }
    }

    /** Reads one input. */
    public void read(String input, ArticleSink sink) {
        read(List.of(input), sink);
    }

    private synchronized HttpFetcher fetcher() {
        if (fetcher == null) {
            fetcher = new HttpFetcher(fetchSettings, clock);
        }
        return fetcher;
    }

    /** How to read. */
    public static final class Builder {
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private Clock clock = Clock.systemUTC();
        private FetchSettings fetchSettings = FetchSettings.defaults();
        private LinkMemory links = LinkMemory.NONE;
        private ValidatorStore validators = ValidatorStore.inMemory();
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

        private Builder() {
        }

        /** Threads that parse and clean articles (default: the number of cores); 1 runs everything inline. */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, got " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /** The clock fetch times are read from. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /** How URLs are fetched (timeouts, retries, per-host interval, size limit, User-Agent). */
        public Builder fetchSettings(FetchSettings settings) {
            this.fetchSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** What was already published: feed items whose link it has seen are skipped without fetching. */
        public Builder linkMemory(LinkMemory memory) {
            this.links = Objects.requireNonNull(memory, "memory");
            return this;
        }

        /** Where feed validators are kept between reads, for conditional GET. */
        public Builder validatorStore(ValidatorStore store) {
            this.validators = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The largest text or HTML file read as one article; larger ones are refused. */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive, got " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        public ArticleInputs build() {
            return new ArticleInputs(this);
        }
    }
}
