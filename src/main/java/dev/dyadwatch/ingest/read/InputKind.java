package dev.dyadwatch.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats ingest reads, recognised by file name or, failing that, by the first bytes. */
enum InputKind {
    TEXT, HTML, JSONL, FEED, URL_LIST, WARC;

    /** The kind a file name says, after any {@code .gz}; empty when the name does not say. */
    static Optional<InputKind> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml", "shtml" -> Optional.of(HTML);
            case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
            case "rss", "atom", "xml", "rdf" -> Optional.of(FEED);
            case "urls" -> Optional.of(URL_LIST);
            case "warc", "arc" -> Optional.of(WARC);
            default -> Optional.empty();
        };
    }

    /** The kind of text content, from its first bytes (binary content is refused before this). */
    static InputKind sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.startsWith("warc/")) {
            return WARC;
        }
        if (head.startsWith("{") || head.startsWith("[") && head.substring(1).stripLeading().startsWith("{")) {
            return JSONL;
        }
        if (head.startsWith("<")) {
            boolean feed = head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
            boolean html = head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                    || head.contains("<body");
            return feed && !html ? FEED : HTML;
        }
        return isUrlList(new String(bytes, StandardCharsets.UTF_8)) ? URL_LIST : TEXT;
    }

    /** Text whose every non-blank line that is not a {@code #} comment is an http(s) URL. */
    static boolean isUrlList(String text) {
        boolean any = false;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || trimmed.contains(" ")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
