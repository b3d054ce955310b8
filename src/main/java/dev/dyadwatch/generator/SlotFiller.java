package dev.dyadwatch.generator;

/** What fills a grammar's slots: the article being written, which knows its actors, dates and details. */
interface SlotFiller {

    /** Who a side slot names: {@code A} and {@code B} are the two countries of a dyad, {@code C} a context one. */
    enum Side { A, B, C }

    /** What a side slot asks for: {@code {A}}, {@code {A.country}}, {@code {B.capital}} ... */
    enum ActorForm {
        REF(""), SUBJ("subj"), SHORT("short"), TITLE("title"), TITLE_THE("title.the"), COUNTRY("country"),
        POSS("poss"), ADJ("adj"), CAPITAL("capital"), SEAT("seat"), MINISTRY("ministry"), GOV("gov"), MIL("mil"),
        CITY("city");

        final String suffix;

        ActorForm(String suffix) {
            this.suffix = suffix;
        }
    }

    /** Slots that do not belong to a side: dates, places, numbers and the details of the contact. */
    enum Detail {
        WHEN("when"), WHEN_PAST("when.past"), WHEN_FUTURE("when.future"), WHEN_FUTURE_NOUN("when.future.noun"),
        WHEN_FUTURE_HEAD("when.future.head"), TOPIC("topic"), TOPIC_SHORT("topic.short"), FIELD("field"),
        AGREEMENT("agreement"), VENUE("venue"), VENUE_NAME("venue.name"), VENUE_CITY("venue.city"),
        EXERCISE_KIND("exercise.kind"), EXERCISE_NAME("exercise.name"), LEVEL("level"),
        LEVEL_SINGULAR("level.singular"), PCT("pct"), MONEY("money"), NUM("num"), YEAR("year"),
        YEAR_PAST("year.past"), MONTH_PREV("month.prev");

        final String key;

        Detail(String key) {
            this.key = key;
        }
    }

    void actor(Side side, ActorForm form, StringBuilder out);

    void detail(Detail detail, StringBuilder out);
}
