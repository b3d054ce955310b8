package dev.dyadwatch.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes of news the generator writes, each with a known answer for the alerts. */
public enum Scenario {
    /** Steady contact across many dyads plus filler news with no contact. No alert is expected. */
    BACKGROUND("steady contact across many dyads plus news with no contact; no alert expected"),
    /** One dyad's contact rate rises several-fold from a given day, against the background. */
    RISE("one dyad's contact rate rises several-fold from a given day; that dyad should alert"),
    /** One contact story carried by many outlets (30 by default). One event: no alert. */
    SYNDICATION("one contact in a quiet dyad carried by 30 outlets; one event, no alert expected"),
    /** A quiet dyad with a single event, reported twice. No alert. */
    SINGLE_EVENT("a quiet dyad with a single event; no alert expected"),
    /** One day on which all news volume triples, contacts included proportionally. No alert. */
    VOLUME_SPIKE("one day on which all news triples, contacts in proportion; no alert expected"),
    /** A rise that returns to the baseline: it should alert, then resolve. */
    RISE_FADE("a rise that returns to baseline; should alert, then resolve"),
    /** Large and quick to generate, for throughput benchmarks: the background mix over a week. */
    BENCH("the background mix at high volume over a week, for throughput");

    private final String description;

    Scenario(String description) {
        this.description = description;
    }

    /** The name on the command line: {@code rise-fade}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** The scenario named {@code name} on the command line; an unknown name lists the known ones. */
    public static Scenario fromName(String name) {
        for (Scenario scenario : values()) {
            if (scenario.cliName().equalsIgnoreCase(name.strip())) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; known: "
                + Arrays.stream(values()).map(Scenario::cliName).collect(Collectors.joining(", ")));
    }
}
