package dev.dyadwatch.enrich.eval;

import dev.dyadwatch.enrich.text.Fold;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs the actors found in one article with the expected ones on their names, then compares countries.
 *
 * <p>An expected actor is found by the first unmatched candidate whose written names (the words the text used
 * for it) share one with the expected actor's names and aka; failing that, by one whose other spellings do.
 * A found actor with the wrong country counts as one false positive and one false negative.
 */
final class ActorMatching {

    /**
     * An actor found in the article.
     *
     * @param key tells candidates apart
     * @param name the name it is reported under
     * @param country ISO alpha-3 code; null for an international organisation
     * @param written normalised names the text used for it
     * @param spelt normalised names it is otherwise known by (tried after every written name)
     */
    record Candidate(String key, String name, String country, Set<String> written, Set<String> spelt) {

        Candidate {
            written = Set.copyOf(written);
            spelt = Set.copyOf(spelt);
        }
    }

    private ActorMatching() {
    }

    /** Scores one article's found actors against its expected ones; mistakes are prefixed with {@code id}. */
    static Score match(String id, List<GoldArticle.GoldActor> expected, List<Candidate> found,
            List<String> mistakes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Set<Candidate> matched = new HashSet<>();
        for (GoldArticle.GoldActor want : expected) {
            Set<String> wanted = new HashSet<>();
            wanted.add(normalise(want.name()));
            want.aka().forEach(a -> wanted.add(normalise(a)));
            Candidate hit = find(found, matched, wanted, false);
            if (hit == null) {
                hit = find(found, matched, wanted, true);
            }
            if (hit == null) {
                fn++;
                mistakes.add(id + ": missed actor " + want.name() + " (" + want.country() + ")");
                continue;
            }
            matched.add(hit);
            if (Objects.equals(hit.country(), want.country())) {
                tp++;
            } else {
                fp++;
                fn++;
                mistakes.add(id + ": actor " + want.name() + " coded for " + hit.country() + ", expected "
                        + want.country());
            }
        }
        for (Candidate c : found) {
            if (!matched.contains(c)) {
                fp++;
                mistakes.add(id + ": extra actor " + c.name() + " (" + c.country() + ") from " + c.written());
            }
        }
        return new Score(tp, fp, fn);
    }

    private static Candidate find(List<Candidate> found, Set<Candidate> matched, Set<String> wanted,
            boolean spelt) {
        for (Candidate c : found) {
            if (!matched.contains(c) && (spelt ? c.spelt() : c.written()).stream().anyMatch(wanted::contains)) {
                return c;
            }
        }
        return null;
    }

    /** A name folded for comparison: accents and case away, dots and commas as spaces, no leading "the". */
    static String normalise(String name) {
        String folded = Fold.fold(name).toLowerCase(Locale.ROOT)
                .replace(".", " ").replace(",", " ").replaceAll("\\s+", " ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }
}
