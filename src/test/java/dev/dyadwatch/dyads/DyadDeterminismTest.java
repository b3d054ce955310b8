package dev.dyadwatch.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.alerts.AlertSettings;
import dev.dyadwatch.avro.AlertStatus;
import dev.dyadwatch.avro.DyadAlert;
import dev.dyadwatch.avro.DyadWindowCount;
import dev.dyadwatch.avro.WindowKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Replaying the same news in another order (within the grace) or over more partitions gives the same alerts. */
class DyadDeterminismTest {

    /** A background, a rise that fades and a later burst: alerts open, escalate and resolve. */
    private static SyntheticNews news() {
        SyntheticNews news = new SyntheticNews(11).volume(0, 150, 300)
                .background("CHN-USA", 2.0, 0, 150)
                .background("IND-PAK", 0.3, 0, 150);
        for (int day = 5; day < 150; day += 31) {
            news.event("PAK-RUS", day, 0, 2, 3);
        }
        for (int day = 90; day < 100; day++) {
            news.event("PAK-RUS", day, day, 3, 4);
        }
        for (int day = 130; day < 134; day++) {
            news.event("BRA-IND", day, 0, 2, 2).event("BRA-IND", day, 2, 1, 2);
        }
        return news;
    }

    private static DyadEngine engine(InMemoryDyadStore store) {
        return SyntheticNews.engine(store, AlertSettings.defaults());
    }

    private static List<DyadEngine> tasks(int partitions) {
        List<DyadEngine> tasks = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            tasks.add(new DyadEngine(DyadSettings.defaults(), AlertSettings.defaults(), new InMemoryDyadStore(),
                    partitions));
        }
        return tasks;
    }

    /**
     * The final daily counts per dyad and day, without the time of their last update; a day counted zero is the
     * same as a day never counted.
     */
    private static Map<String, DyadWindowCount> daily(SyntheticNews.Run run) {
        Map<String, DyadWindowCount> daily = new TreeMap<>();
        run.latestCounts().forEach((key, count) -> {
            if (count.getWindow() == WindowKind.DAILY && (count.getReports() > 0 || count.getCoMentionArticles() > 0)) {
                daily.put(key, DyadWindowCount.newBuilder(count).setUpdatedAt(java.time.Instant.EPOCH).build());
            }
        });
        return daily;
    }

    @Test
    void shouldGiveTheSameFinalAlertsAndCountsWhateverTheOrderWithinTheGrace() {
        SyntheticNews news = news();
        SyntheticNews.Run inOrder = SyntheticNews.run(engine(new InMemoryDyadStore()), news.inOrder());
        assertThat(inOrder.latestAlerts()).containsKeys("PAK-RUS", "BRA-IND");
        assertThat(inOrder.alerts()).extracting(DyadAlert::getStatus).contains(AlertStatus.OPENED,
                AlertStatus.RESOLVED);
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticNews.Run shuffled = SyntheticNews.run(engine(new InMemoryDyadStore()),
                    news.shuffledWithin(Duration.ofHours(30), seed));
            assertThat(shuffled.rejected()).isEmpty();
            assertThat(shuffled.latestAlerts()).isEqualTo(inOrder.latestAlerts());
            assertThat(daily(shuffled)).isEqualTo(daily(inOrder));
        }
    }

    @Test
    void shouldGiveTheSameAlertsOnOneOrThreePartitions() {
        SyntheticNews news = news();
        SyntheticNews.Run one = SyntheticNews.run(engine(new InMemoryDyadStore()), news.inOrder());
        SyntheticNews.Run partitioned = SyntheticNews.runPartitioned(tasks(3),
                news.shuffledWithin(Duration.ofHours(12), 7));
        assertThat(partitioned.latestAlerts()).isEqualTo(one.latestAlerts());
        assertThat(daily(partitioned)).isEqualTo(daily(one));
    }

    @Test
    void shouldWaitForTheSlowestUpstreamPartitionInAFastReplay() {
        // In a fast replay one upstream partition may deliver its articles and contacts days of event time after
        // the others: far beyond the grace, yet nothing may be judged late or settled before it arrives.
        SyntheticNews news = news();
        SyntheticNews.Run one = SyntheticNews.run(engine(new InMemoryDyadStore()), news.inOrder());
        SyntheticNews.Run skewed = SyntheticNews.runPartitioned(tasks(3), news.skewed(3, 1, Duration.ofDays(9)));
        assertThat(skewed.rejected()).isEmpty();
        assertThat(skewed.latestAlerts()).isEqualTo(one.latestAlerts());
        assertThat(daily(skewed)).isEqualTo(daily(one));
    }

    @Test
    void shouldContinueFromStoredStateAfterARestart() {
        List<SyntheticNews.Input> inputs = news().inOrder();
        SyntheticNews.Run whole = SyntheticNews.run(engine(new InMemoryDyadStore()), inputs);
        InMemoryDyadStore store = new InMemoryDyadStore();
        int half = inputs.size() / 2;
        SyntheticNews.Run first = SyntheticNews.run(engine(store), inputs.subList(0, half));
        SyntheticNews.Run second = SyntheticNews.run(engine(store), inputs.subList(half, inputs.size()));
        List<DyadAlert> both = new ArrayList<>(first.alerts());
        both.addAll(second.alerts());
        assertThat(both).isEqualTo(whole.alerts());
    }

    @Test
    void shouldKeepStateBoundedToTheWindowsAndGrace() {
        InMemoryDyadStore store = new InMemoryDyadStore();
        SyntheticNews.run(engine(store), new SyntheticNews(3).volume(0, 60, 100)
                .background("CHN-USA", 3.0, 0, 60).inOrder());
        // Reports are kept only for the days not yet settled: the grace (two days) and two days of merging.
        assertThat(store.storedReports()).isLessThan(3 * 6 * 5);
        assertThat(store.dyads()).isEqualTo(1);
    }
}
