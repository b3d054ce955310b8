package dev.dyadwatch.dedupe.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled article pairs under {@code src/test/resources/dev/dyadwatch/dedupe/pairs} (format in the README
 * there): articles with include directives for the wire text a copy kept, and pairs labelled copy or distinct.
 */
public final class LabelledPairs {

    static final String BASE = "/dev/dyadwatch/dedupe/pairs/";
    static final List<String> FILES = List.of("s01.txt", "s02.txt", "s03.txt", "s04.txt", "s05.txt", "s06.txt",
            "s07.txt", "s08.txt", "templates.txt");

    private static final Pattern INCLUDE = Pattern.compile("<<(\\S+) ([0-9,\\-]+)>>");

    /** An article of the set. */
    public record Article(String name, String title, String source, Instant published, List<String> paragraphs) {
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    /** A labelled pair. */
    public record Pair(Article left, Article right, boolean copy, String category, String note) {
    }

    private final Map<String, Article> articles;
    private final List<Pair> pairs;

    private LabelledPairs(Map<String, Article> articles, List<Pair> pairs) {
        this.articles = articles;
        this.pairs = pairs;
    }

    /** Loads every article and pair from the classpath. */
    public static LabelledPairs load() {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (String file : FILES) {
            parseArticles(file, read(file), articles);
        }
        List<Pair> pairs = new ArrayList<>();
        String[] lines = read("pairs.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            if (cells.length != 5 || !(cells[2].equals("copy") || cells[2].equals("distinct"))) {
                throw new IllegalStateException("pairs.tsv line " + (i + 1) + " is not left, right, copy|distinct, "
                        + "category, note: " + lines[i]);
            }
            pairs.add(new Pair(require(articles, cells[0], i + 1), require(articles, cells[1], i + 1),
                    cells[2].equals("copy"), cells[3], cells[4]));
        }
        return new LabelledPairs(articles, List.copyOf(pairs));
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public Map<String, Article> articles() {
        return articles;
    }

    private static Article require(Map<String, Article> articles, String name, int line) {
        Article article = articles.get(name);
        if (article == null) {
            throw new IllegalStateException("pairs.tsv line " + line + " names unknown article " + name);
        }
        return article;
    }

    private static void parseArticles(String file, String content, Map<String, Article> articles) {
        String[] blocks = content.split("(?m)^@article ");
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].split("\n", -1);
            String name = lines[0].trim();
            Map<String, String> headers = new LinkedHashMap<>();
            int i = 1;
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                int colon = lines[i].indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(file + ", article " + name + ": bad header line " + lines[i]);
                }
                headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
            }
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    addParagraph(paragraph, paragraphs, articles, file, name);
                } else {
                    paragraph.append(paragraph.length() == 0 ? "" : " ").append(lines[i].trim());
                }
            }
            addParagraph(paragraph, paragraphs, articles, file, name);
            for (String header : List.of("title", "source", "published")) {
                if (!headers.containsKey(header)) {
                    throw new IllegalStateException(file + ", article " + name + ": no " + header + " header");
                }
            }
            if (articles.put(name, new Article(name, headers.get("title"), headers.get("source"),
                    Instant.parse(headers.get("published")), List.copyOf(paragraphs))) != null) {
                throw new IllegalStateException(file + ": article " + name + " is defined twice");
            }
        }
    }

    private static void addParagraph(StringBuilder paragraph, List<String> paragraphs, Map<String, Article> articles,
            String file, String name) {
        if (paragraph.length() == 0) {
            return;
        }
        Matcher include = INCLUDE.matcher(paragraph);
        if (include.matches()) {
            Article source = articles.get(include.group(1));
            if (source == null) {
                throw new IllegalStateException(file + ", article " + name + " includes unknown " + include.group(1));
            }
            for (String part : include.group(2).split(",")) {
                String[] range = part.split("-");
                int from = Integer.parseInt(range[0]);
                int to = Integer.parseInt(range[range.length - 1]);
                for (int p = from; p <= to; p++) {
                    paragraphs.add(source.paragraphs().get(p - 1));
                }
            }
        } else {
            paragraphs.add(paragraph.toString());
        }
        paragraph.setLength(0);
    }

    private static String read(String file) {
        try (InputStream in = LabelledPairs.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + BASE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
