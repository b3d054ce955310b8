package dev.dyadwatch.dedupe;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.dedupe.quality.LabelledPairs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A stream of articles for volume tests, with a fixed seed: original stories of random sentences over the word
 * frequencies of the labelled set, and syndicated copies of recent ones (identical, trimmed, with a paragraph added,
 * with two paragraphs swapped, or with boilerplate lines), a few of them arriving before their original.
 */
public final class SyndicatedArticles {

    private static final String[] BOILERPLATE = {"Follow us on social media for the latest updates.",
        "Subscribe to our newsletter to receive the morning briefing.", "Copyright 2024. All rights reserved.",
        "Share this article with your friends and colleagues."};

    private final SplittableRandom random;
    private final String[] words;

    public SyndicatedArticles(long seed) {
        this.random = new SplittableRandom(seed);
        List<String> tokens = new ArrayList<>();
        for (LabelledPairs.Article article : LabelledPairs.load().articles().values()) {
            for (String token : article.text().split("[^\\p{L}\\p{N}']+")) {
                if (!token.isEmpty()) {
                    tokens.add(token.toLowerCase(Locale.ROOT));
                }
            }
        }
        this.words = tokens.toArray(new String[0]);
    }

    /** What was generated, and which articles are copies of which. */
    public record Batch(List<RawArticle> articles, int originals, int copies) {
    }

    /**
     * Generates {@code count} articles, a share {@code copyShare} of them copies, published between {@code start}
     * and {@code start + span}, in the order they would reach dedupe.
     */
    public Batch generate(int count, double copyShare, Instant start, Duration span) {
        List<RawArticle> out = new ArrayList<>(count);
        List<List<String>> recent = new ArrayList<>();
        int originals = 0;
        long step = span.toMillis() / Math.max(1, count);
        for (int i = 0; i < count; i++) {
            Instant published = start.plusMillis(i * step);
            String id = String.format("%016x%016x", random.nextLong(), random.nextLong());
            List<String> paragraphs;
            if (!recent.isEmpty() && random.nextDouble() < copyShare) {
                paragraphs = copyOf(recent.get(random.nextInt(recent.size())));
                published = published.plusSeconds(random.nextInt(3600));
            } else {
                paragraphs = story();
                recent.add(paragraphs);
                if (recent.size() > 200) {
                    recent.remove(0);
                }
                originals++;
            }
            out.add(TestArticles.article(id, "Article " + i, "Outlet " + random.nextInt(300),
                    String.join("\n\n", paragraphs), published));
        }
        // A few late originals: an article swapped with the one after it.
        for (int i = 0; i + 1 < out.size(); i += 50) {
            Collections.swap(out, i, i + 1);
        }
        return new Batch(out, originals, count - originals);
    }

    private List<String> story() {
        int paragraphs = 6 + random.nextInt(5);
        List<String> story = new ArrayList<>(paragraphs);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int length = 10 + random.nextInt(16);
                for (int w = 0; w < length; w++) {
                    String word = words[random.nextInt(words.length)];
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    paragraph.append(word).append(w == length - 1 ? ". " : " ");
                }
            }
            story.add(paragraph.toString().trim());
        }
        return story;
    }

    private List<String> copyOf(List<String> original) {
        List<String> copy = new ArrayList<>(original);
        double kind = random.nextDouble();
        if (kind < 0.2) {
            return copy;
        } else if (kind < 0.45) {
            return new ArrayList<>(copy.subList(0, Math.max(3, copy.size() * (5 + random.nextInt(4)) / 10)));
        } else if (kind < 0.65) {
            copy.add(1 + random.nextInt(copy.size() - 1), story().get(0));
        } else if (kind < 0.8) {
            Collections.swap(copy, 1 + random.nextInt(copy.size() - 1), 1 + random.nextInt(copy.size() - 1));
        } else {
            copy.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            copy.add(2, BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
        }
        return copy;
    }
}
