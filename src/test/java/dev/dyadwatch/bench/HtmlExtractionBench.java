package dev.dyadwatch.bench;

import dev.dyadwatch.avro.InputFormat;
import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.ArticleAssembler;
import dev.dyadwatch.ingest.ArticleDraft;
import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.clean.TextDecoder;
import dev.dyadwatch.ingest.html.HtmlPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * HTML pages per second on one thread (so per core): main-text extraction alone ({@code extract}: jsoup parse,
 * pruning, scoring, blocks) and the whole way to a {@code RawArticle} ({@code assemble}: also normalisation,
 * boilerplate rules, dateline, hashes and OpenNLP language detection). Pages are the labelled HTML pages of the
 * cleaner's evaluation, as written ({@code size=small}, 4-9 KB) or with about 120 KB of the markup real news pages
 * carry around their text ({@code size=heavy}: scripts, inline JSON, a mega-menu, icon SVGs, a link farm). Each
 * iteration also prints pages per CPU-second of the benchmark thread, the per-core rate whatever else the machine
 * runs.
 * Run: {@code mvn -B -o -Pjmh test-compile exec:exec -Djmh.args="HtmlExtraction -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlExtractionBench {

    @Param({"small", "heavy"})
    private String size;

    private List<String> pages;
    private int next;
    private long done;
    private long cpuStart;

    @Setup(Level.Trial)
    public void load() {
        Path folder;
        try {
            folder = Path.of(HtmlExtractionBench.class.getResource("/dev/dyadwatch/ingest/cleaning").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().map(HtmlExtractionBench::read)
                    .map(html -> size.equals("heavy") ? heavy(html) : html).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%n%d %s pages, %.1f KB on average%n", pages.size(), size,
                pages.stream().mapToInt(String::length).average().orElse(0) / 1000);
    }

    private static String read(Path file) {
        try {
            return TextDecoder.decode(Files.readAllBytes(file), null, true).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page with the weight of a real news page's head, menus and footer added. */
    public static String heavy(String html) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            head.append("<script>window.__config").append(i).append(" = {\"ads\":{\"slots\":[")
                    .append("{\"id\":\"slot-x\",\"sizes\":[[300,250],[728,90]],\"targeting\":{\"section\":\"world\"}},"
                            .repeat(20)).append("{}]}};</script>\n");
        }
        head.append("<style>").append(".c-x{margin:0 auto;padding:4px 8px;font:14px/1.4 sans-serif}".repeat(300))
                .append("</style>");
        StringBuilder menu = new StringBuilder("<div class=\"mega-menu\"><ul>");
        for (int i = 0; i < 300; i++) {
            menu.append("<li class=\"menu-item\"><a href=\"/section/").append(i).append("\">Section ").append(i)
                    .append("</a></li>");
        }
        menu.append("</ul></div>");
        StringBuilder footer = new StringBuilder("<div class=\"site-links\">");
        for (int i = 0; i < 200; i++) {
            footer.append("<a href=\"/topic/").append(i).append("\">Topic ").append(i).append("</a> ")
                    .append("<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">")
                    .append("<path d=\"M0 0L12 6L0 12z\"/></svg>");
        }
        footer.append("</div>");
        int headEnd = html.indexOf("</head>");
        int bodyStart = html.indexOf('>', html.indexOf("<body")) + 1;
        int bodyEnd = html.lastIndexOf("</body>");
        if (headEnd < 0 || bodyStart <= 0 || bodyEnd < 0) {
            return html;
        }
        return html.substring(0, headEnd) + head + html.substring(headEnd, bodyStart) + menu
                + html.substring(bodyStart, bodyEnd) + footer + html.substring(bodyEnd);
    }

    /**
     * On a machine shared with other work, wall-clock rates understate the code: pages per second of this thread's
     * CPU time are printed too, which is the per-core figure.
     */
    @Setup(Level.Iteration)
    public void startClock() {
        done = 0;
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuRate() {
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("  %,.0f pages per CPU-second (%s)%n", done / cpuSeconds, size);
    }

    private String nextPage() {
        done++;
        String page = pages.get(next);
        next = (next + 1) % pages.size();
        return page;
    }

    @Benchmark
    public HtmlPage extract() {
        return HtmlPage.parse(nextPage(), "https://news.example.org/world/story");
    }

    @Benchmark
    public RawArticle assemble() throws InputException {
        HtmlPage page = HtmlPage.parse(nextPage(), "https://news.example.org/world/story");
        ArticleDraft draft = ArticleDraft.of("bench", InputFormat.HTML, page.metadata().title().orElse("Untitled"),
                page.blocks(), Instant.EPOCH).withUrl("https://news.example.org/world/story", null);
        return ArticleAssembler.assemble(draft);
    }
}
