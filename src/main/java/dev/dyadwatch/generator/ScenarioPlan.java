package dev.dyadwatch.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The numbers behind a scenario: how many articles each day carries, and each day's chance that an article is
 * a report of contact in each dyad, a distractor or filler news. Volumes add up to exactly the requested
 * number of articles; weekends are a little quieter, and a volume spike multiplies its day.
 */
final class ScenarioPlan {

    /** Share of articles built around a sentence that names two countries without an occurred contact. */
    static final double DISTRACTOR_SHARE = 0.08;
    /** Weekend volume relative to weekdays. */
    static final double WEEKEND_WEIGHT = 0.85;
    /** Total contact and distractor share above which too little ordinary news would be left. */
    static final double MAX_SHARE = 0.9;

    private final ScenarioSettings settings;
    private final int[] volumes;
    private final int focusIndex;

    ScenarioPlan(ScenarioSettings settings) {
        this.settings = settings;
        int days = settings.days();
        double[] weights = new double[days];
        double sum = 0;
        for (int day = 0; day < days; day++) {
            DayOfWeek weekday = settings.day(day).getDayOfWeek();
            weights[day] = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? WEEKEND_WEIGHT : 1;
            if (settings.scenario() == Scenario.VOLUME_SPIKE && day == settings.changeDay()) {
                weights[day] *= settings.factor();
            }
            sum += weights[day];
        }
        volumes = new int[days];
        double cumulative = 0;
        long allocated = 0;
        for (int day = 0; day < days; day++) {
            cumulative += weights[day];
            long upTo = Math.round(settings.articles() * cumulative / sum);
            volumes[day] = Math.toIntExact(upTo - allocated);
            allocated = upTo;
        }
        int focus = -1;
        for (int i = 0; i < settings.dyads().size(); i++) {
            if (settings.dyads().get(i).dyad().equals(settings.focusDyad())) {
                focus = i;
            }
        }
        focusIndex = focus;
        double highest = 0;
        for (int day = 0; day < days; day++) {
            double share = DISTRACTOR_SHARE;
            for (int i = 0; i < settings.dyads().size(); i++) {
                share += probability(i, day);
            }
            highest = Math.max(highest, share);
        }
        if (highest > MAX_SHARE) {
            throw new IllegalArgumentException(String.format("dyad rates too high: on some day %.0f%% of articles "
                    + "would be contact reports or distractors (at most %.0f%%); lower the rates of --dyads or "
                    + "the --factor", highest * 100, MAX_SHARE * 100));
        }
    }

    ScenarioSettings settings() {
        return settings;
    }

    int volume(int day) {
        return volumes[day];
    }

    List<DyadRate> dyads() {
        return settings.dyads();
    }

    /** Expected share of the articles of {@code day} that report contact in dyad {@code index}. */
    double probability(int index, int day) {
        double base = settings.dyads().get(index).perThousand() / 1000;
        return index == focusIndex && risen(day) ? base * settings.factor() : base;
    }

    /** True when the focus dyad's rate is raised on {@code day}. */
    boolean risen(int day) {
        Scenario scenario = settings.scenario();
        if (scenario != Scenario.RISE && scenario != Scenario.RISE_FADE) {
            return false;
        }
        int from = settings.changeDay();
        return day >= from && (settings.changeLength() == 0 || day < from + settings.changeLength());
    }

    /** The rises of this scenario, for the ground truth. */
    List<Rise> rises() {
        if (focusIndex < 0 || !risen(settings.changeDay())) {
            return List.of();
        }
        double perDay = (double) settings.articles() / settings.days() * settings.dyads().get(focusIndex)
                .perThousand() / 1000 / ArticleGenerator.MEAN_REPORTS;
        LocalDate until = settings.changeLength() == 0 ? null
                : settings.day(settings.changeDay() + settings.changeLength());
        return List.of(new Rise(settings.focusDyad(), settings.day(settings.changeDay()), until, settings.factor(),
                perDay, perDay * settings.factor()));
    }
}
