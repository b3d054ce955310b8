package dev.dyadwatch.generator;

/** At which level two countries are in contact: who speaks for each side. */
enum Level {
    LEADERS("leaders", "leader"),
    FOREIGN_MINISTERS("foreign ministers", "foreign minister"),
    DEFENCE_MINISTERS("defence ministers", "defence minister");

    final String plural;
    final String singular;

    Level(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }
}
