package dev.dyadwatch.dyads;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DyadAlert;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The dyad stage replayed without Kafka: coded articles through one {@link DyadEngine} on an
 * {@link InMemoryDyadStore}, delivered exactly as the topology delivers them to a task (each article's contacts,
 * then its tick, then a co-mention for each pair of countries it names), in publication order. What
 * {@code evaluate-alerts} scores; the engine and its settings are those of the running pipeline.
 */
public final class DyadReplay {

    /** Wall-clock time of the replay: far after any article, so that none is "in the future". */
    private static final long WALL_CLOCK = 4_102_444_800_000L;

    private DyadReplay() {
    }

    /**
     * An article as the dyad stage reads it from {@code articles-enriched}.
     *
     * @param publishedAt publication time, epoch millis
     * @param countries the countries its actors belong to (ISO 3166-1 alpha-3)
     * @param contacts the contact reports coded from it
     */
    public record CodedArticle(long publishedAt, List<String> countries, List<ContactEvent> contacts) {
        public CodedArticle {
            countries = List.copyOf(new TreeSet<>(countries));
            contacts = List.copyOf(contacts);
        }
    }

    /** What a replay published. */
    public record Result(List<DyadAlert> alerts, List<String> rejected) {
    }

    /** Replays {@code articles} (any order: they are sorted by publication time) and returns what was published. */
    public static Result replay(DyadSettings dyads, AlertSettings alerts, List<CodedArticle> articles) {
        List<CodedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparingLong(CodedArticle::publishedAt));
        DyadEngine engine = new DyadEngine(dyads, alerts, new InMemoryDyadStore(), 1);
        List<DyadOutput> out = new ArrayList<>();
        for (CodedArticle article : ordered) {
            for (ContactEvent contact : article.contacts()) {
                out.addAll(engine.onContact(contact.getDyad(), contact, WALL_CLOCK));
            }
            out.addAll(engine.onArticle(article.publishedAt(), 0, WALL_CLOCK));
            for (String dyad : Dyads.pairs(article.countries())) {
                out.addAll(engine.onCoMention(dyad, article.publishedAt(), WALL_CLOCK));
            }
        }
        // As the wall-clock punctuation does once no article has come for dyads.idle.ms: evaluate to the end.
        out.addAll(engine.punctuate(WALL_CLOCK + dyads.idle().toMillis()));
        List<DyadAlert> published = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (DyadOutput output : out) {
            if (output instanceof DyadOutput.Alert alert) {
                published.add(alert.alert());
            } else if (output instanceof DyadOutput.Rejected rejection) {
                rejected.add(rejection.reason());
            }
        }
        return new Result(published, rejected);
    }
}
