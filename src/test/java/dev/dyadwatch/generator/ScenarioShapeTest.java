package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.ContactStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioShapeTest {

    @Test
    void shouldRaiseTheFocusDyadSeveralFoldFromTheChangeDay() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.RISE).seed(11).days(100)
                .articlesPerDay(150).changeDay(70).build());
        LocalDate rise = run.settings.day(70);
        double before = meanEvents(run, "PAK-RUS", run.settings.start(), rise);
        double after = meanEvents(run, "PAK-RUS", rise, run.settings.day(100));
        assertThat(before).isGreaterThan(0);
        assertThat(after / before).as("events a day, before %.2f, after %.2f", before, after).isGreaterThan(3);
        assertThat(run.rises).singleElement().satisfies(r -> {
            assertThat(r.dyad()).isEqualTo("PAK-RUS");
            assertThat(r.from()).isEqualTo(rise);
            assertThat(r.until()).isNull();
            assertThat(r.risenPerDay() / r.baselinePerDay()).isEqualTo(5.0);
        });
        // The other dyads stay steady.
        double otherBefore = meanEvents(run, "CHN-USA", run.settings.start(), rise);
        double otherAfter = meanEvents(run, "CHN-USA", rise, run.settings.day(100));
        assertThat(otherAfter / otherBefore).isBetween(0.6, 1.6);
    }

    @Test
    void shouldReturnToTheBaselineAfterARiseFades() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.RISE_FADE).seed(12).days(130)
                .articlesPerDay(150).changeDay(60).changeLength(30).build());
        double before = meanEvents(run, "PAK-RUS", run.settings.day(0), run.settings.day(60));
        double during = meanEvents(run, "PAK-RUS", run.settings.day(60), run.settings.day(90));
        double after = meanEvents(run, "PAK-RUS", run.settings.day(90), run.settings.day(130));
        assertThat(during / before).isGreaterThan(3);
        assertThat(after / before).isLessThan(2);
        assertThat(run.rises).singleElement().satisfies(r -> assertThat(r.until()).isEqualTo(run.settings.day(90)));
    }

    @Test
    void shouldTripleTheVolumeOfTheSpikeDayWithContactsInProportion() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.VOLUME_SPIKE).seed(13).days(60)
                .articlesPerDay(200).changeDay(44).build());
        LocalDate spike = run.settings.day(44);
        int volume = run.summary.dailyVolume().get(spike);
        int sameWeekday = run.summary.dailyVolume().get(spike.minusWeeks(1));
        assertThat((double) volume / sameWeekday).isBetween(2.9, 3.1);
        long spikeReports = reportsOn(run, spike);
        double usualReports = 0;
        for (int week = 1; week <= 4; week++) {
            usualReports += reportsOn(run, spike.minusWeeks(week)) / 4.0;
        }
        assertThat(spikeReports / usualReports).isBetween(2.0, 4.5);
        assertThat(run.rises).isEmpty();
    }

    @Test
    void shouldCarryTheSyndicatedStoryInThirtyOutlets() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.SYNDICATION).seed(14).days(40)
                .articlesPerDay(100).changeDay(30).build());
        List<GeneratedArticle> story = run.articles.stream()
                .filter(a -> a.contacts().stream().anyMatch(c -> c.dyad().equals("KEN-NOR"))).toList();
        assertThat(story).hasSize(30);
        GeneratedArticle original = story.stream().filter(a -> a.copyOf() == null).findFirst().orElseThrow();
        assertThat(story).filteredOn(a -> a.copyOf() != null).hasSize(29)
                .allSatisfy(copy -> assertThat(copy.copyOf()).isEqualTo(original.url()));
        assertThat(story.stream().map(GeneratedArticle::source).distinct()).hasSize(30);
        assertThat(story.stream().map(GeneratedArticle::title).distinct().count()).isGreaterThan(10);
        Set<String> events = new HashSet<>();
        story.forEach(a -> a.contacts().stream().filter(c -> c.status() == ContactStatus.OCCURRED)
                .filter(c -> c.dyad().equals("KEN-NOR")).forEach(c -> events.add(c.event())));
        assertThat(run.summary.dailyEvents().get("KEN-NOR").values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(events.size()).isLessThanOrEqualTo(2);
        assertThat(run.rises).isEmpty();
    }

    @Test
    void shouldGiveTheQuietDyadASingleEventReportedTwice() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.SINGLE_EVENT).seed(15).days(40)
                .articlesPerDay(100).changeDay(30).build());
        List<GeneratedArticle> reports = run.articles.stream()
                .filter(a -> a.contacts().stream().anyMatch(c -> c.dyad().equals("ARG-VNM")
                        && c.status() == ContactStatus.OCCURRED)).toList();
        assertThat(reports).hasSize(2).allSatisfy(a -> assertThat(a.copyOf()).isNull());
        assertThat(reports.get(0).source()).isNotEqualTo(reports.get(1).source());
        assertThat(reports.get(0).contacts().get(0).event()).isEqualTo(reports.get(1).contacts().get(0).event());
        assertThat(run.summary.dailyEvents().get("ARG-VNM").values().stream().mapToInt(Integer::intValue).sum())
                .isBetween(1, 2);
    }

    @Test
    void shouldKeepTheBackgroundSteadyAndExpectNoAlert() {
        CollectingSink run = CollectingSink.run(ScenarioSettings.builder(Scenario.BACKGROUND).seed(16).days(90)
                .articlesPerDay(100).build());
        assertThat(run.rises).isEmpty();
        double first = meanEvents(run, "IND-USA", run.settings.day(0), run.settings.day(45));
        double second = meanEvents(run, "IND-USA", run.settings.day(45), run.settings.day(90));
        assertThat(second / first).isBetween(0.6, 1.6);
        assertThat(run.summary.dailyEvents().keySet()).hasSizeGreaterThan(20);
    }

    private static double meanEvents(CollectingSink run, String dyad, LocalDate from, LocalDate until) {
        Map<LocalDate, Integer> daily = run.summary.dailyEvents().getOrDefault(dyad, Map.of());
        long total = daily.entrySet().stream().filter(e -> !e.getKey().isBefore(from) && e.getKey().isBefore(until))
                .mapToLong(Map.Entry::getValue).sum();
        return (double) total / (until.toEpochDay() - from.toEpochDay());
    }

    private static long reportsOn(CollectingSink run, LocalDate day) {
        return run.articles.stream().filter(a -> a.publishedAt().toLocalDate().equals(day))
                .filter(a -> a.contacts().stream().anyMatch(c -> c.status() == ContactStatus.OCCURRED)).count();
    }
}
