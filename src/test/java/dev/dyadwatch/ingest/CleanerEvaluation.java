package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.ingest.clean.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the cleaner on the labelled set in {@code src/test/resources/dev/dyadwatch/ingest/cleaning}: scraped-style
 * pages written for the project (HTML from several kinds of site, and scraped text), each with a
 * {@code .expected.txt} holding its title, dateline and main text, one paragraph a line. Every page goes through
 * {@link ArticleInputs} as a file would; the paragraphs of the published text are compared with the expected ones
 * (case, punctuation and spacing aside).
 *
 * <p>Two sets: the development set the rules were written against, and a held-out set of other layouts and
 * boilerplate written afterwards and never tuned on, whose figures say how the cleaner does on pages it has not
 * seen. Precision: share of kept lines that belong to the main text. Recall: share of main-text lines kept. Both are
 * summed over all lines of all pages. Run it with:
 * <pre>
 * mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.dyadwatch.ingest.CleanerEvaluation
 * </pre>
 * Add {@code -Dexec.args=-v} to list every line kept wrongly or missed.
 */
public final class CleanerEvaluation {

    /** The set the rules were developed on. */
    public static final String DEVELOPMENT = "/dev/dyadwatch/ingest/cleaning";
    /** Pages with layouts and boilerplate written after the rules were settled, measured and never tuned on. */
    public static final String HELD_OUT = "/dev/dyadwatch/ingest/cleaning-heldout";

    /**
     * The outcome on one page.
     *
     * @param page file name
     * @param expected main-text lines
     * @param kept lines the cleaner kept
     * @param correct kept lines that are main text
     * @param extra kept lines that are not main text
     * @param missed main-text lines not kept
     * @param titleRight whether the title matched
     * @param datelineRight whether the dateline matched
     */
    public record Page(String page, int expected, int kept, int correct, List<String> extra, List<String> missed,
            boolean titleRight, boolean datelineRight) {
    }

    /**
     * The outcome on the whole set.
     *
     * @param pages each page
     */
    public record Result(List<Page> pages) {

        public double precision() {
            int kept = pages.stream().mapToInt(Page::kept).sum();
            return kept == 0 ? 0 : (double) correct() / kept;
        }

        public double recall() {
            int expected = pages.stream().mapToInt(Page::expected).sum();
            return expected == 0 ? 0 : (double) correct() / expected;
        }

        public double titleAccuracy() {
            return pages.stream().filter(Page::titleRight).count() / (double) pages.size();
        }

        public double datelineAccuracy() {
            return pages.stream().filter(Page::datelineRight).count() / (double) pages.size();
        }

        private int correct() {
            return pages.stream().mapToInt(Page::correct).sum();
        }
    }

    private CleanerEvaluation() {
    }

    /** Evaluates every labelled page of {@code set} ({@link #DEVELOPMENT} or {@link #HELD_OUT}). */
    public static Result evaluate(String set) {
        Path folder = folder(set);
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> !p.getFileName().toString().endsWith(".expected.txt")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArticleInputs inputs = ArticleInputs.builder().parallelism(1).build();
        List<Page> results = new ArrayList<>();
        for (Path page : pages) {
            results.add(evaluate(inputs, page));
        }
        return new Result(results);
    }

    private static Page evaluate(ArticleInputs inputs, Path page) {
        String name = page.getFileName().toString();
        Path expectedFile = page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.txt");
        List<String> lines;
        try {
            lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no expected text for " + page, e);
        }
        String title = lines.get(0).substring("title: ".length());
        String dateline = lines.get(1).substring("dateline: ".length());
        List<String> expected = lines.subList(3, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        CollectingSink sink = new CollectingSink();
        inputs.read(page.toString(), sink);
        List<String> kept = sink.articles.isEmpty() ? List.of()
                : Arrays.asList(sink.articles.get(0).getText().split("\n\n"));
        Map<String, Integer> remaining = new HashMap<>();
        expected.forEach(line -> remaining.merge(ContentHash.fold(line), 1, Integer::sum));
        List<String> extra = new ArrayList<>();
        int correct = 0;
        for (String line : kept) {
            String key = ContentHash.fold(line);
            if (remaining.getOrDefault(key, 0) > 0) {
                remaining.merge(key, -1, Integer::sum);
                correct++;
            } else {
                extra.add(line);
            }
        }
        List<String> missed = expected.stream().filter(line -> remaining.getOrDefault(ContentHash.fold(line), 0) > 0)
                .toList();
        RawArticle article = sink.articles.isEmpty() ? null : sink.articles.get(0);
        boolean titleRight = article != null && ContentHash.fold(article.getTitle()).equals(ContentHash.fold(title));
        boolean datelineRight = article != null && dateline.equals(article.getDateline());
        return new Page(name, expected.size(), kept.size(), correct, extra, missed, titleRight, datelineRight);
    }

    private static Path folder(String set) {
        try {
            return Path.of(CleanerEvaluation.class.getResource(set).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("labelled set not found on the test classpath at " + set, e);
        }
    }

    /** Prints the figures per page and in total; {@code -v} lists the lines kept wrongly and missed. */
    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("-v");
        Result development = print("development set (rules tuned on it)", evaluate(DEVELOPMENT), verbose);
        Result heldOut = print("held-out set (never tuned on)", evaluate(HELD_OUT), verbose);
        Result all = new Result(Stream.concat(development.pages().stream(), heldOut.pages().stream()).toList());
        summarise("all pages", all);
    }

    private static Result print(String name, Result result, boolean verbose) {
        System.out.println("== " + name);
        System.out.printf("%-36s %8s %5s %8s %6s %9s %6s %8s%n", "page", "expected", "kept", "correct", "title",
                "dateline", "prec", "recall");
        for (Page page : result.pages()) {
            System.out.printf(Locale.ROOT, "%-36s %8d %5d %8d %6s %9s %6.3f %8.3f%n", page.page(), page.expected(),
                    page.kept(), page.correct(), page.titleRight() ? "ok" : "WRONG",
                    page.datelineRight() ? "ok" : "WRONG",
                    page.kept() == 0 ? 0.0 : (double) page.correct() / page.kept(),
                    page.expected() == 0 ? 0.0 : (double) page.correct() / page.expected());
            if (verbose) {
                page.extra().forEach(line -> System.out.println("    + kept, not main text: " + line));
                page.missed().forEach(line -> System.out.println("    - main text, missed:   " + line));
            }
        }
        summarise(name, result);
        System.out.println();
        return result;
    }

    private static void summarise(String name, Result result) {
        System.out.printf(Locale.ROOT, "%s, %d pages: precision %.3f, recall %.3f of kept lines; titles %.3f, "
                + "datelines %.3f%n", name, result.pages().size(), result.precision(), result.recall(),
                result.titleAccuracy(), result.datelineAccuracy());
    }
}
