package dev.dyadwatch.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A dyad in the background and its steady contact rate.
 *
 * @param dyad the dyad, codes sorted ("PAK-RUS")
 * @param perThousand contact reports per 1,000 articles
 */
public record DyadRate(String dyad, double perThousand) {

    /** Rate used for a dyad given without one on the command line. */
    public static final double DEFAULT_PER_THOUSAND = 5;

    public DyadRate {
        String[] codes = Dyads.parse(dyad);
        dyad = codes[0] + "-" + codes[1];
        if (!(perThousand >= 0) || perThousand > 500) {
            throw new IllegalArgumentException("rate of " + dyad + " must be between 0 and 500 per 1,000 articles, "
                    + "not " + perThousand);
        }
    }

    /** The bundled default dyads ({@code dyads.tsv}). */
    public static List<DyadRate> defaults() {
        return Tables.read("dyads.tsv", row -> new DyadRate(row.get("dyad"),
                Double.parseDouble(row.get("per_thousand"))));
    }

    /** Parses {@code PAK-RUS:2,IND-USA:12,CHN-USA} (a dyad without a rate gets the default rate). */
    public static List<DyadRate> parseList(String text) {
        List<DyadRate> rates = new ArrayList<>();
        for (String item : text.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split(":");
            if (parts.length > 2) {
                throw new IllegalArgumentException("'" + item + "' is not DYAD or DYAD:RATE");
            }
            double rate;
            try {
                rate = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : DEFAULT_PER_THOUSAND;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rate '" + parts[1] + "' of " + parts[0] + " is not a number", e);
            }
            rates.add(new DyadRate(parts[0], rate));
        }
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("no dyads in '" + text + "'");
        }
        return List.copyOf(rates);
    }
}
