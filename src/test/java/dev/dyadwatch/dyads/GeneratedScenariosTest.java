package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.Actor;
import dev.dyadwatch.avro.ContactEvent;
import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.GeneratedArticle;
import dev.dyadwatch.generator.GenerationSink;
import dev.dyadwatch.generator.GenerationSummary;
import dev.dyadwatch.generator.Rise;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import dev.dyadwatch.generator.TruthActor;
import dev.dyadwatch.generator.TruthContact;
import dev.dyadwatch.generator.TruthDistractor;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's evaluation scenarios, coded as their ground truth codes them (a perfect enrich stage), through
 * the dyad stage and scored against the rises the generator planted: every clear rise alerted, nothing for one
 * syndicated contact, a single event or a day of tripled volume, resolution after a rise fades.
 */
class GeneratedScenariosTest {

    private static ArticleGenerator generator;

    @BeforeAll
    static void load() {
        generator = new ArticleGenerator(ActorDictionary.loadDefault());
    }

    /** What the dyad stage made of one scenario; {@code focus} is the dyad and day its change concerns. */
    record Outcome(List<DyadAlert> alerts, List<AlertScorer.Rise> rises, AlertScorer.Score score, String focus,
            java.time.Instant change) {

        /** Alert episodes of the scenario's own dyad. */
        List<DyadAlert> focusEpisodes() {
            return SyntheticNews.episodes(alerts).values().stream().filter(a -> a.getDyad().equals(focus)).toList();
        }
    }

    static Outcome run(Scenario scenario, long seed) throws IOException {
        return run(scenario, seed, AlertSettings.defaults());
    }

    static Outcome run(Scenario scenario, long seed, AlertSettings settings) throws IOException {
        List<GeneratedArticle> articles = new ArrayList<>();
        List<AlertScorer.Rise> rises = new ArrayList<>();
        ScenarioSettings[] settingsSeen = new ScenarioSettings[1];
        generator.generate(ScenarioSettings.builder(scenario).seed(seed).build(), new GenerationSink() {
            @Override
            public void begin(ScenarioSettings run, List<Rise> planted) {
                settingsSeen[0] = run;
                planted.forEach(r -> rises.add(new AlertScorer.Rise(r.dyad(), start(r.from()),
                        r.until() == null ? null : start(r.until()))));
            }

            @Override
            public void article(GeneratedArticle article) {
                articles.add(article);
            }

            @Override
            public void end(GenerationSummary summary) {
            }
        });
        DyadEngine engine = new DyadEngine(DyadSettings.defaults(), settings, new InMemoryDyadStore(), 1);
        List<DyadOutput> out = new ArrayList<>();
        articles.sort(java.util.Comparator.comparing(GeneratedArticle::publishedAt));
        for (GeneratedArticle article : articles) {
            if (article.copyOf() != null) {
                continue;
            }
            long published = article.publishedAt().toInstant().toEpochMilli();
            out.addAll(engine.onArticle(published, 0, SyntheticNews.NOW));
            TreeSet<String> pairs = new TreeSet<>();
            article.contacts().forEach(c -> pairs.add(c.dyad()));
            article.distractors().stream().map(TruthDistractor::dyad).forEach(pairs::add);
            for (String dyad : pairs) {
                out.addAll(engine.onCoMention(dyad, published, SyntheticNews.NOW));
            }
            int index = 0;
            for (TruthContact contact : article.contacts()) {
                ContactEvent event = event(article, contact, index++);
                out.addAll(engine.onContact(event.getDyad(), event, SyntheticNews.NOW));
            }
        }
        out.addAll(engine.punctuate(SyntheticNews.NOW + SyntheticNews.IDLE));
        List<DyadAlert> alerts = out.stream().filter(o -> o instanceof DyadOutput.Alert)
                .map(o -> ((DyadOutput.Alert) o).alert()).toList();
        ScenarioSettings run = settingsSeen[0];
        return new Outcome(alerts, rises, AlertScorer.score(alerts, rises, Duration.ofDays(7)), run.focusDyad(),
                start(run.day(run.changeDay())));
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static ContactEvent event(GeneratedArticle article, TruthContact contact, int index) {
        boolean dated = contact.textDate() != null && contact.granularity() != DateGranularity.PUBLICATION
                && contact.granularity() != DateGranularity.UNKNOWN;
        return ContactEvent.newBuilder()
                .setEventId(article.url() + "#" + index)
                .setArticleId(article.url())
                .setDyad(contact.dyad())
                .setType(contact.type())
                .setCameo(contact.cameo())
                .setPlover(contact.plover())
                .setActorA(actor(contact.actorA()))
                .setActorB(actor(contact.actorB()))
                .setDirected(contact.directed())
                .setStatus(contact.status())
                .setEventDate(dated ? start(contact.textDate()) : null)
                .setDateGranularity(contact.granularity())
                .setMultilateral(false)
                .setSentence(contact.sentence())
                .setSentenceIndex(index)
                .setSentenceStart(0)
                .setSentenceEnd(contact.sentence().length())
                .setTrigger("")
                .setConfidence(1.0)
                .setArticleTitle(article.title())
                .setUrl(article.url())
                .setSource(article.source())
                .setPublishedAt(article.publishedAt().toInstant())
                .build();
    }

    private static Actor actor(TruthActor actor) {
        String id = actor.id() != null ? actor.id() : "intro:" + actor.country() + "." + actor.role();
        return Actor.newBuilder().setId(id).setName(id).setCountry(actor.country()).setRole(actor.role()).build();
    }

    @Test
    void shouldAlertTheRiseOfOneDyadAgainstASteadyBackground() throws IOException {
        Outcome rise = run(Scenario.RISE, 1);
        assertThat(rise.score().falseAlarms()).isEmpty();
        assertThat(rise.score().recall()).isEqualTo(1.0);
        assertThat(rise.score().maxDelay()).isLessThanOrEqualTo(Duration.ofDays(7));
    }

    @Test
    void shouldAlertARiseThatFadesAndResolveIt() throws IOException {
        Outcome fade = run(Scenario.RISE_FADE, 1);
        assertThat(fade.score().falseAlarms()).isEmpty();
        assertThat(fade.score().recall()).isEqualTo(1.0);
        AlertScorer.Detection detection = fade.score().detections().get(0);
        assertThat(detection.resolvedAt()).isNotNull().isAfter(fade.rises().get(0).end());
    }

    @Test
    void shouldNotAlertOneContactSyndicatedByThirtyOutlets() throws IOException {
        Outcome syndication = run(Scenario.SYNDICATION, 1);
        assertThat(syndication.focus()).isNotNull();
        assertThat(syndication.focusEpisodes()).isEmpty();
    }

    @Test
    void shouldNotAlertAQuietDyadWithASingleEvent() throws IOException {
        Outcome single = run(Scenario.SINGLE_EVENT, 1);
        assertThat(single.focus()).isNotNull();
        assertThat(single.focusEpisodes()).isEmpty();
    }

    @Test
    void shouldNotAlertADayOnWhichAllNewsTriples() throws IOException {
        // Nothing opens in the week the spike day begins (the background's own bursts, later, are not its doing).
        Outcome spike = run(Scenario.VOLUME_SPIKE, 1);
        assertThat(SyntheticNews.episodes(spike.alerts()).values()).noneMatch(a -> !a.getOpenedAt()
                .isBefore(spike.change()) && a.getOpenedAt().isBefore(spike.change().plus(Duration.ofDays(7))));
    }

    @Test
    void shouldNotAlertASteadyBackground() throws IOException {
        assertThat(run(Scenario.BACKGROUND, 1).score().falseAlarms()).isEmpty();
    }
}
