package dev.dyadwatch.bench;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.enrich.eval.GoldArticle;
import dev.dyadwatch.enrich.eval.GoldSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News articles of about 4 KB for benchmarks: the English development gold articles, each bench article made of
 * the paragraphs of four of them drawn with a fixed seed, so every run codes the same text.
 */
final class BenchArticles {

    static final Path GOLD = Path.of("src/test/resources/dev/dyadwatch/enrich/gold/dev");

    private BenchArticles() {
    }

    /** {@code count} articles of 3.5-5 KB each. */
    static List<RawArticle> fourKilobyte(int count) {
        List<GoldArticle> english = GoldSet.read(GOLD).stream().map(GoldSet.Entry::article)
                .filter(a -> a.language() == null && !a.paragraphs().isEmpty()).toList();
        Random random = new Random(42);
        List<RawArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GoldArticle lead = english.get(random.nextInt(english.size()));
            StringBuilder text = new StringBuilder(lead.text());
            while (text.length() < 3_500) {
                text.append("\n\n").append(english.get(random.nextInt(english.size())).text());
            }
            GoldArticle body = new GoldArticle("bench-" + i, lead.title(), lead.source(), lead.publishedAt(),
                    lead.dateline(), null, List.of(text.toString()), List.of(), List.of(), null);
            articles.add(body.toRawArticle("bench"));
        }
        return articles;
    }
}
