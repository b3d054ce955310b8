package dev.dyadwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Articles of about 4 KB for the ingest benchmarks, assembled from sentence parts with a fixed seed so every run
 * reads the same bytes. They read like wire copy (a dateline, actors, places, dates) and vary enough that no two are
 * alike; they are not a corpus with a known answer (the scenario generator makes those).
 */
final class BenchJsonLines {

    private static final List<String> LEADERS = List.of("Prime Minister Shehbaz Sharif", "President Vladimir Putin",
            "Foreign Minister Sergey Lavrov", "External Affairs Minister S. Jaishankar",
            "President Recep Tayyip Erdogan",
            "Chancellor Olaf Scholz", "President Emmanuel Macron", "Prime Minister Anwar Ibrahim",
            "President William Ruto", "Prime Minister Abiy Ahmed", "President Luiz Inacio Lula da Silva",
            "Defence Minister Richard Marles", "President Joko Widodo", "Foreign Minister Wang Yi");
    private static final List<String> PLACES = List.of("Islamabad", "Moscow", "New Delhi", "Ankara", "Berlin",
            "Paris", "Kuala Lumpur", "Nairobi", "Addis Ababa", "Brasilia", "Canberra", "Jakarta", "Beijing", "Cairo");
    private static final List<String> TOPICS = List.of("energy cooperation", "a gas pipeline", "wheat exports",
            "joint naval exercises", "visa rules for students", "railway links", "investment in ports",
            "the situation in the region", "trade in local currencies", "counter-terrorism", "climate finance",
            "a free trade agreement", "nuclear power plants", "the supply of fertiliser");
    private static final List<String> VERBS = List.of("spoke with", "met", "held talks with", "received",
            "telephoned", "hosted a dinner for", "signed an agreement with", "discussed plans with");
    private static final List<String> TAILS = List.of("officials said after the meeting",
            "according to a statement from the foreign ministry", "state media reported",
            "a spokesperson told reporters", "in a joint declaration issued in the evening",
            "diplomats familiar with the talks said", "the two governments announced");

    private BenchJsonLines() {
    }

    /** Writes {@code count} articles as JSON Lines, each about {@code textBytes} of text. */
    static void writeJsonLines(Path file, int count, int textBytes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String place = pick(PLACES, random);
                StringBuilder text = new StringBuilder(textBytes + 200).append(place.toUpperCase()).append(": ");
                while (text.length() < textBytes) {
                    text.append(sentence(random)).append(' ');
                    if (random.nextInt(4) == 0) {
                        text.append("\\n\\n");
                    }
                }
                String title = pick(LEADERS, random) + " and " + pick(LEADERS, random) + " discuss "
                        + pick(TOPICS, random) + " (" + i + ")";
                out.write("{\"url\": \"https://news.example.org/" + place.toLowerCase().replace(' ', '-') + "/" + i
                        + "?utm_source=feed\", \"title\": \"" + title + "\", \"source\": \"Example Wire\", "
                        + "\"published_at\": \"" + start.plusSeconds(i * 37L) + "\", \"text\": \""
                        + text.toString().strip() + "\"}\n");
            }
        }
    }

    private static String sentence(SplittableRandom random) {
        return pick(LEADERS, random) + " " + pick(VERBS, random) + " " + pick(LEADERS, random) + " in "
                + pick(PLACES, random) + " on " + pick(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
                random) + " to discuss " + pick(TOPICS, random) + " and " + pick(TOPICS, random) + ", "
                + pick(TAILS, random) + ".";
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
