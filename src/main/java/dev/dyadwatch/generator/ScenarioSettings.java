package dev.dyadwatch.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that determines a generated run; the same settings give the same articles, byte for byte.
 * Build them with {@link #builder(Scenario)}: unset values take the scenario's defaults.
 *
 * @param scenario the shape of the run
 * @param seed seed of every random choice
 * @param start first publication day
 * @param days number of days
 * @param articles total number of articles, spread over the days (weekends a little quieter)
 * @param dyads background dyads and their steady rates
 * @param focusDyad the dyad the scenario is about (the rising one, the syndicated story's, the single event's),
 *     or null
 * @param changeDay zero-based day on which the scenario's change happens (the rise starts, the spike, the
 *     syndicated story, the single event)
 * @param changeLength for {@code rise-fade}, how many days the rise lasts; 0 means until the end
 * @param factor how many times the focus dyad's rate rises, or how many times the spike day's volume is
 * @param syndicatedOutlets how many outlets carry the syndicated story, the original included
 */
public record ScenarioSettings(Scenario scenario, long seed, LocalDate start, int days, long articles,
        List<DyadRate> dyads, String focusDyad, int changeDay, int changeLength, double factor,
        int syndicatedOutlets) {

    /** The default first day: a Monday early in 2025, when office holders are well documented. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 6);

    public ScenarioSettings {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(start, "start");
        dyads = List.copyOf(dyads);
    }

    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /** Date of zero-based day {@code index}. */
    public LocalDate day(int index) {
        return start.plusDays(index);
    }

    /** Sets what the command line gives and fills in the rest from the scenario's defaults. */
    public static final class Builder {
        private final Scenario scenario;
        private long seed = 1;
        private LocalDate start = DEFAULT_START;
        private Integer days;
        private Long articles;
        private Integer articlesPerDay;
        private List<DyadRate> dyads;
        private String focusDyad;
        private Integer changeDay;
        private Integer changeLength;
        private Double factor;
        private Integer syndicatedOutlets;

        private Builder(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder start(LocalDate value) {
            start = Objects.requireNonNull(value, "start");
            return this;
        }

        public Builder days(int value) {
            days = value;
            return this;
        }

        public Builder articles(long value) {
            articles = value;
            return this;
        }

        public Builder articlesPerDay(int value) {
            articlesPerDay = value;
            return this;
        }

        public Builder dyads(List<DyadRate> value) {
            dyads = List.copyOf(value);
            return this;
        }

        public Builder focusDyad(String value) {
            String[] codes = Dyads.parse(value);
            focusDyad = codes[0] + "-" + codes[1];
            return this;
        }

        public Builder changeDay(int value) {
            changeDay = value;
            return this;
        }

        public Builder changeLength(int value) {
            changeLength = value;
            return this;
        }

        public Builder factor(double value) {
            factor = value;
            return this;
        }

        public Builder syndicatedOutlets(int value) {
            syndicatedOutlets = value;
            return this;
        }

        /** The settings, or an {@link IllegalArgumentException} saying which value is wrong and why. */
        public ScenarioSettings build() {
            int dayCount = days != null ? days : switch (scenario) {
                case RISE_FADE -> 150;
                case BENCH -> 7;
                default -> 120;
            };
            require(dayCount >= 1 && dayCount <= 3660, "--days must be between 1 and 3660, not " + dayCount);
            if (articles != null && articlesPerDay != null) {
                throw new IllegalArgumentException("give --articles or --articles-per-day, not both");
            }
            long total = articles != null ? articles
                    : articlesPerDay != null ? (long) articlesPerDay * dayCount
                    : scenario == Scenario.BENCH && days == null ? 100_000 : 100L * dayCount;
            require(total >= dayCount, "--articles (" + total + ") must be at least one a day (" + dayCount + ")");
            require(total <= 100_000_000L, "--articles must be at most 100,000,000");
            List<DyadRate> rates = new ArrayList<>(dyads != null ? dyads : DyadRate.defaults());
            String focus = focusDyad != null ? focusDyad : switch (scenario) {
                case RISE, RISE_FADE -> "PAK-RUS";
                case SYNDICATION -> "KEN-NOR";
                case SINGLE_EVENT -> "ARG-VNM";
                default -> null;
            };
            int change = changeDay != null ? changeDay : switch (scenario) {
                case RISE -> Math.max(0, dayCount - 30);
                case RISE_FADE -> Math.max(0, dayCount - 75);
                default -> Math.max(0, dayCount - 20);
            };
            require(change >= 0 && change < dayCount, "--change-day must be within the " + dayCount + " days, not "
                    + change);
            int length = changeLength != null ? changeLength : scenario == Scenario.RISE_FADE ? 30 : 0;
            double times = factor != null ? factor : scenario == Scenario.VOLUME_SPIKE ? 3 : 5;
            int outlets = syndicatedOutlets != null ? syndicatedOutlets : 30;
            switch (scenario) {
                case RISE, RISE_FADE -> {
                    require(times > 1, "--factor of a rise must be above 1, not " + times);
                    if (rates.stream().noneMatch(rate -> rate.dyad().equals(focus))) {
                        rates.add(new DyadRate(focus, 2));
                    }
                    if (scenario == Scenario.RISE_FADE) {
                        require(length >= 1 && change + length < dayCount, "a rise-fade needs days after the rise: "
                                + "--change-day " + change + " + --change-length " + length + " must be below --days "
                                + dayCount);
                    }
                }
                case VOLUME_SPIKE -> require(times >= 1, "--factor of a volume spike must be at least 1, not "
                        + times);
                case SYNDICATION -> require(outlets >= 2, "--outlets must be at least 2, not " + outlets);
                default -> {
                }
            }
            return new ScenarioSettings(scenario, seed, start, dayCount, total, rates, focus, change, length, times,
                    outlets);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
