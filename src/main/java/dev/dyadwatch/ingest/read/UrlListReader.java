package dev.dyadwatch.ingest.read;

import dev.dyadwatch.ingest.InputException;
import dev.dyadwatch.ingest.clean.TextDecoder;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists of URLs, one a line ({@code #} starts a comment). Every URL is fetched and read as a page or a feed. The
 * list is reordered to take one URL per host in turn, so that the per-host interval on one site does not hold up
 * the others.
 */
final class UrlListReader {

    private UrlListReader() {
    }

    static void read(byte[] bytes, String origin, ReadContext context) {
        String text;
        try {
            text = TextDecoder.decode(bytes, null, false).text();
        } catch (InputException e) {
            context.emitter().failure(origin, e, bytes);
            return;
        }
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String host = host(line);
            if (host == null) {
                context.emitter().failure(origin + ":" + (i + 1), new InputException("not an http(s) URL: " + line),
                        line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                continue;
            }
            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(line);
        }
        for (String url : interleaved(byHost)) {
            UrlReader.read(url, context, true);
        }
    }

    /** One URL per host in turn, hosts in order of first appearance. */
    static List<String> interleaved(Map<String, List<String>> byHost) {
        List<Iterator<String>> queues = new ArrayList<>();
        byHost.values().forEach(urls -> queues.add(urls.iterator()));
        List<String> order = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Iterator<String> queue : queues) {
                if (queue.hasNext()) {
                    order.add(queue.next());
                    more = true;
                }
            }
        }
        return order;
    }

    private static String host(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        try {
            String host = URI.create(line.replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
