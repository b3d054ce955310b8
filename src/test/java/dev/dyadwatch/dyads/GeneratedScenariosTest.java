package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.generator.ArticleGenerator;
import dev.dyadwatch.generator.Scenario;
import dev.dyadwatch.generator.ScenarioSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
        GeneratedInputs.Run run = GeneratedInputs.generate(generator, ScenarioSettings.builder(scenario).seed(seed)
                .build());
        DyadEngine engine = new DyadEngine(DyadSettings.defaults(), settings, new InMemoryDyadStore(), 1);
        List<DyadAlert> alerts = GeneratedInputs.feed(engine, run.articles()).stream()
                .filter(o -> o instanceof DyadOutput.Alert).map(o -> ((DyadOutput.Alert) o).alert()).toList();
        ScenarioSettings generated = run.settings();
        return new Outcome(alerts, run.rises(), AlertScorer.score(alerts, run.rises(), Duration.ofDays(7)),
                generated.focusDyad(), GeneratedInputs.start(generated.day(generated.changeDay())));
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
