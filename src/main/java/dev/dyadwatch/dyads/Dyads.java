package dev.dyadwatch.dyads;

import dev.dyadwatch.avro.Actor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.Utils;

/** What a dyad key is: two ISO 3166-1 alpha-3 codes, sorted, joined by '-'. */
public final class Dyads {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Dyads() {
    }

    /** The dyad of two country codes, in either order; null when they are equal or not alpha-3 codes. */
    public static String of(String one, String other) {
        if (one == null || other == null || !CODE.matcher(one).matches() || !CODE.matcher(other).matches()
                || one.equals(other)) {
            return null;
        }
        return one.compareTo(other) < 0 ? one + "-" + other : other + "-" + one;
    }

    /** True for a well-formed dyad key such as {@code PAK-RUS}. */
    public static boolean isDyad(String key) {
        return key != null && key.length() == 7 && key.charAt(3) == '-'
                && key.equals(of(key.substring(0, 3), key.substring(4)));
    }

    /** The first (alphabetically lower) country of a dyad. */
    public static String first(String dyad) {
        return dyad.substring(0, 3);
    }

    /** The second country of a dyad. */
    public static String second(String dyad) {
        return dyad.substring(4);
    }

    /** The countries (ISO 3166-1 alpha-3) of {@code actors}, sorted and distinct: what a tick names. */
    public static List<String> countries(List<Actor> actors) {
        Set<String> countries = new TreeSet<>();
        for (Actor actor : actors) {
            if (actor.getCountry() != null && actor.getCountry().matches("[A-Z]{3}")) {
                countries.add(actor.getCountry());
            }
        }
        return new ArrayList<>(countries);
    }

    /** The dyads of every pair of {@code countries} (as {@link #countries} gives them): an article's co-mentions. */
    public static List<String> pairs(List<String> countries) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            for (int j = i + 1; j < countries.size(); j++) {
                String dyad = of(countries.get(i), countries.get(j));
                if (dyad != null) {
                    pairs.add(dyad);
                }
            }
        }
        return pairs;
    }

    /**
     * The partition, among {@code partitions}, whose task of the dyad stage owns {@code dyad}: murmur2 of the key,
     * as Kafka's default partitioner places a string key (and so as {@code contact-events} places it).
     */
    public static int partition(String dyad, int partitions) {
        return Utils.toPositive(Utils.murmur2(dyad.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
