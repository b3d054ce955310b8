package dev.dyadwatch.generator;

/** Dyad names: the two ISO alpha-3 codes sorted and joined by '-', as design.md defines them. */
final class Dyads {

    private Dyads() {
    }

    static String of(String first, String second) {
        return first.compareTo(second) <= 0 ? first + "-" + second : second + "-" + first;
    }

    /** The two codes of a dyad written either way round ("RUS-PAK" is PAK-RUS); a bad name is refused. */
    static String[] parse(String dyad) {
        String[] codes = dyad.strip().toUpperCase(java.util.Locale.ROOT).split("-");
        if (codes.length != 2 || !codes[0].matches("[A-Z]{3}") || !codes[1].matches("[A-Z]{3}")
                || codes[0].equals(codes[1])) {
            throw new IllegalArgumentException("'" + dyad + "' is not a dyad: two different ISO alpha-3 country "
                    + "codes joined by '-', e.g. PAK-RUS");
        }
        return codes[0].compareTo(codes[1]) <= 0 ? codes : new String[] {codes[1], codes[0]};
    }
}
