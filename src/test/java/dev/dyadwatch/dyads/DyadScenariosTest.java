package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.alerts.AlertScorer;
import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.DyadWindowCount;
import dev.dyadwatch.avro.Evidence;
import dev.dyadwatch.avro.WindowKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five evaluation shapes on synthetic news: a rise against a steady background, one contact syndicated by
 * thirty outlets, a quiet dyad with a single event, a day on which all news volume triples, a rise that fades.
 */
class DyadScenariosTest {

    private static final int DAYS = 160;

    /** 400 articles a day; a busy, a moderate and a rare dyad; Pakistan-Russia about once a month. */
    private static SyntheticNews world(long seed) {
        SyntheticNews news = new SyntheticNews(seed).volume(0, DAYS, 400)
                .background("CHN-USA", 2.0, 0, DAYS)
                .background("IND-PAK", 0.3, 0, DAYS);
        for (int day = 5; day < DAYS; day += 33) {
            news.event("PAK-RUS", day, 0, 2, 4);
        }
        return news;
    }

    private static SyntheticNews.Run run(SyntheticNews news, AlertSettings alerts) {
        return SyntheticNews.run(SyntheticNews.engine(new InMemoryDyadStore(), alerts), news.inOrder());
    }

    private static SyntheticNews.Run run(SyntheticNews news) {
        return run(news, AlertSettings.defaults());
    }

    private static Instant day(int day) {
        return Instant.ofEpochMilli(SyntheticNews.millis(day));
    }

    @Test
    void shouldAlertARiseAgainstASteadyBackgroundWithinTwoWeeks() {
        SyntheticNews news = world(1);
        for (int day = 120; day < 140; day += 2) {
            news.event("PAK-RUS", day, day / 2, 3, 5);
        }
        SyntheticNews.Run run = run(news);
        AlertScorer.Score score = AlertScorer.score(run.alerts(),
                List.of(new AlertScorer.Rise("PAK-RUS", day(120), day(140))), Duration.ofDays(7));
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
        // From one contact a month to one every other day: the four-week window calls it after seven contacts.
        assertThat(score.maxDelay()).isLessThanOrEqualTo(Duration.ofDays(15));
        DyadAlert opened = run.alertsOf("PAK-RUS").get(0);
        assertThat(opened.getStatus()).isEqualTo(AlertStatus.OPENED);
        assertThat(opened.getObserved()).isGreaterThanOrEqualTo(3);
        assertThat(opened.getRateRatio()).isGreaterThanOrEqualTo(2.0);
        assertThat(opened.getTriggerArticleId()).startsWith("article-PAK-RUS-");
        // It opens on the first report of the contact that tips it; the later reports join that event.
        Evidence tipping = opened.getEvidence().get(0);
        assertThat(tipping.getReports()).isEqualTo(1);
        List<Evidence> later = run.alertsOf("PAK-RUS").stream()
                .filter(a -> a.getAlertId().equals(opened.getAlertId()))
                .flatMap(a -> a.getEvidence().stream()).filter(e -> e.getEventKey().equals(tipping.getEventKey()))
                .toList();
        assertThat(later).extracting(Evidence::getReports).contains(3);
        assertThat(later.get(later.size() - 1).getSources()).hasSize(3);
    }

    @Test
    void shouldNotAlertOneContactSyndicatedByThirtyOutlets() {
        SyntheticNews news = world(2).event("PAK-RUS", 120, 0, 30, 30);
        SyntheticNews.Run run = run(news);
        assertThat(run.alerts()).isEmpty();
        // The reports may run past midnight: the next day's undated ones join the event of the day before.
        DyadWindowCount day = run.latestCounts().get("PAK-RUS DAILY " + day(120));
        DyadWindowCount next = run.latestCounts().get("PAK-RUS DAILY " + day(121));
        assertThat(day.getEvents()).isEqualTo(1);
        assertThat(day.getReports()).isEqualTo(30);
        assertThat(day.getSources()).isEqualTo(30);
        assertThat(next == null ? 0 : next.getEvents()).isZero();
        assertThat(day.getCoMentionArticles() + (next == null ? 0 : next.getCoMentionArticles())).isEqualTo(30);
    }

    @Test
    void shouldNotAlertAQuietDyadWithASingleEvent() {
        SyntheticNews news = world(3).event("BRA-PAK", 120, 1, 2, 2);
        SyntheticNews.Run run = run(news);
        assertThat(run.alerts()).isEmpty();
        int events = 0;
        for (int d = 120; d <= 121; d++) {
            DyadWindowCount count = run.latestCounts().get("BRA-PAK DAILY " + day(d));
            events += count == null ? 0 : count.getEvents();
        }
        assertThat(events).isEqualTo(1);
    }

    /** A busy dyad (ten events a day) on a day when all news, its contacts included, triples. */
    private static SyntheticNews volumeSpike(long seed, int spikeVolume) {
        SyntheticNews news = new SyntheticNews(seed).volume(0, 120, 400).volume(120, 121, spikeVolume)
                .volume(121, 130, 400)
                .background("DEU-FRA", 10.0, 0, 120).background("DEU-FRA", 30.0, 120, 121)
                .background("DEU-FRA", 10.0, 121, 130)
                .background("CHN-USA", 2.0, 0, 120).background("CHN-USA", 6.0, 120, 121)
                .background("CHN-USA", 2.0, 121, 130);
        return news;
    }

    @Test
    void shouldNotAlertADayOnWhichAllNewsVolumeTriples() {
        assertThat(run(volumeSpike(4, 1200)).alerts()).isEmpty();
    }

    @Test
    void shouldOweTheSilenceOnAVolumeSpikeToVolumeNormalisation() {
        AlertSettings oneDay = AlertSettings.defaults().withWindowDays(List.of(1));
        assertThat(run(volumeSpike(4, 1200), oneDay).alerts()).isEmpty();
        // The same contacts on a day of ordinary volume are a real one-day rise of the busy dyad.
        List<DyadAlert> unnormalised = run(volumeSpike(4, 400), oneDay).alerts();
        assertThat(unnormalised).extracting(DyadAlert::getDyad).contains("DEU-FRA");
        assertThat(unnormalised.get(0).getOpenedAt()).isBetween(day(120), day(121));
    }

    @Test
    void shouldResolveARiseThatFades() {
        SyntheticNews news = world(5);
        for (int day = 100; day < 110; day++) {
            news.event("PAK-RUS", day, day, 2, 4);
        }
        SyntheticNews.Run run = run(news);
        List<DyadAlert> alerts = run.alertsOf("PAK-RUS");
        assertThat(alerts).isNotEmpty();
        DyadAlert last = alerts.get(alerts.size() - 1);
        assertThat(last.getStatus()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(last.getOpenedAt()).isBetween(day(100), day(107));
        assertThat(last.getUpdatedAt()).isBetween(day(110), day(145));
        assertThat(SyntheticNews.episodes(alerts)).hasSize(1);
        AlertScorer.Score score = AlertScorer.score(run.alerts(),
                List.of(new AlertScorer.Rise("PAK-RUS", day(100), day(110))), Duration.ofDays(7));
        assertThat(score.detections().get(0).resolvedAt()).isEqualTo(last.getUpdatedAt());
        assertThat(score.precision()).isEqualTo(1.0);
    }

    @Test
    void shouldAlertASlowRiseOnTheLongWindow() {
        // Never in contact, then a call every five days: never three in a week, six in four weeks.
        SyntheticNews news = new SyntheticNews(6).volume(0, DAYS, 400).background("CHN-USA", 2.0, 0, DAYS);
        for (int day = 100; day < 130; day += 5) {
            news.event("PAK-RUS", day, 0, 2, 3);
        }
        List<DyadAlert> alerts = run(news).alertsOf("PAK-RUS");
        assertThat(alerts).isNotEmpty();
        assertThat(alerts.get(0).getDailyCounts()).hasSize(28);
        assertThat(alerts.get(0).getWindowEnd()).isEqualTo(alerts.get(0).getWindowStart()
                .plus(Duration.ofDays(28)));
    }

    @Test
    void shouldCountRecentWindowsPerDyad() {
        SyntheticNews.Run run = run(world(7).event("PAK-RUS", 150, 0, 4, 2));
        List<DyadWindowCount> recent = run.counts().stream()
                .filter(c -> c.getDyad().equals("PAK-RUS") && c.getWindow() == WindowKind.RECENT).toList();
        DyadWindowCount last = recent.get(recent.size() - 1);
        assertThat(Duration.between(last.getWindowStart(), last.getWindowEnd())).isIn(Duration.ofDays(7),
                Duration.ofDays(28));
        assertThat(last.getEvents()).isGreaterThanOrEqualTo(1);
        assertThat(last.getSources()).isEqualTo(2);
    }
}
