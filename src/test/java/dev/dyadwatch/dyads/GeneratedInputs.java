package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.evaluation.TruthCoding;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.GeneratedArticle;
import dev.dyadwatch.generator.GenerationSink;
import dev.dyadwatch.generator.GenerationSummary;
import dev.dyadwatch.generator.Rise;
import dev.dyadwatch.generator.ScenarioSettings;
import dev.dyadwatch.generator.TruthContact;
import dev.dyadwatch.generator.TruthDistractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A generated scenario as the dyad stage receives it when the coder codes exactly what the ground truth says:
 * every unique article (syndicated copies are removed upstream) with the pairs of countries it names and its
 * contact reports, in publication order.
 */
public final class GeneratedInputs {

    /**
     * One unique article.
     *
     * @param publishedAt publication time
     * @param pairs dyads of the countries it names
     * @param contacts its contact reports
     */
    public record Article(long publishedAt, List<String> pairs, List<ContactEvent> contacts) {
    }

    /**
     * A generated run.
     *
     * @param settings the run's settings
     * @param rises the rises planted
     * @param articles its unique articles in publication order
     */
    public record Run(ScenarioSettings settings, List<AlertScorer.Rise> rises, List<Article> articles) {
    }

    private GeneratedInputs() {
    }

    /** Generates {@code settings} and converts it. */
    public static Run generate(ArticleGenerator generator, ScenarioSettings settings) throws IOException {
        List<GeneratedArticle> generated = new ArrayList<>();
        List<AlertScorer.Rise> rises = new ArrayList<>();
        generator.generate(settings, new GenerationSink() {
            @Override
            public void begin(ScenarioSettings run, List<Rise> planted) {
                planted.forEach(r -> rises.add(new AlertScorer.Rise(r.dyad(), start(r.from()),
                        r.until() == null ? null : start(r.until()))));
            }

            @Override
            public void article(GeneratedArticle article) {
                if (article.copyOf() == null) {
                    generated.add(article);
                }
            }

            @Override
            public void end(GenerationSummary summary) {
            }
        });
        generated.sort(Comparator.comparing(GeneratedArticle::publishedAt));
        List<Article> articles = new ArrayList<>(generated.size());
        for (GeneratedArticle article : generated) {
            TreeSet<String> pairs = new TreeSet<>();
            article.contacts().forEach(c -> pairs.add(c.dyad()));
            article.distractors().stream().map(TruthDistractor::dyad).forEach(pairs::add);
            List<ContactEvent> contacts = new ArrayList<>();
            int index = 0;
            for (TruthContact contact : article.contacts()) {
                contacts.add(TruthCoding.event(article, contact, index++));
            }
            articles.add(new Article(article.publishedAt().toInstant().toEpochMilli(), List.copyOf(pairs),
                    contacts));
        }
        return new Run(settings, rises, articles);
    }

    /**
     * Feeds a run to one engine (one partition) as the topology does (each article's contacts, then the article)
     * and returns what it published, then rechecks.
     */
    public static List<DyadOutput> feed(DyadEngine engine, List<Article> articles) {
        List<DyadOutput> out = new ArrayList<>();
        for (Article article : articles) {
            for (ContactEvent event : article.contacts()) {
                out.addAll(engine.onContact(event.getDyad(), event, SyntheticNews.NOW));
            }
            out.addAll(engine.onArticle(article.publishedAt(), 0, SyntheticNews.NOW));
            for (String dyad : article.pairs()) {
                out.addAll(engine.onCoMention(dyad, article.publishedAt(), SyntheticNews.NOW));
            }
        }
        out.addAll(engine.punctuate(SyntheticNews.NOW + SyntheticNews.IDLE));
        return out;
    }

    static Instant start(LocalDate day) {
        return TruthCoding.start(day);
    }
}
