package dev.dyadwatch.enrich.eval;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.code.CodedContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the contacts coded in one article with the expected ones, each coded contact answering for at most one
 * expected contact (an article that reports two calls between the same pair must yield two events).
 *
 * <p>Two scores: on dyad + type, and on dyad + type + status. An expected contact may name other types a careful
 * coder could defend ({@code alsoAcceptable} in the sample corpus's truth); a coded contact of one of those types
 * answers for it when no coded contact has its own type. Among candidates, one with the expected date is taken
 * first, so that dates are compared between the right pairs.
 *
 * <p>What is matched is either a coded contact or another reader's annotation (for agreement between two
 * annotators); both are seen through {@link Found}, so that the two comparisons use one matching.
 */
final class ContactMatching {

    /**
     * An expected contact.
     *
     * @param dyad the two codes sorted, joined by '-'
     * @param type expected type
     * @param status expected status
     * @param alternatives other acceptable types
     * @param date first day of the period the text gives, ISO-8601, or null when not compared
     * @param granularity its granularity ({@code DateGranularity} name), or null when not compared
     */
    record Expected(String dyad, ContactType type, ContactStatus status, Set<ContactType> alternatives, String date,
            String granularity) {

        Expected {
            alternatives = Set.copyOf(alternatives);
        }

        String label(boolean withStatus) {
            return dyad + " " + type + (withStatus ? " " + status : "");
        }

        boolean dateAgrees(CodedContact coded) {
            return dateAgrees(Found.of(coded));
        }

        boolean dateAgrees(Found found) {
            return date != null && date.equals(found.date()) && granularity.equals(found.granularity());
        }
    }

    /**
     * What the matching sees of a contact found in an article.
     *
     * @param dyad the two codes sorted, joined by '-'
     * @param type its type
     * @param status its status
     * @param date first day of its period, ISO-8601, or null
     * @param granularity its granularity ({@code DateGranularity} name), or null
     */
    record Found(String dyad, ContactType type, ContactStatus status, String date, String granularity) {

        static Found of(CodedContact coded) {
            return new Found(coded.dyad(), coded.type(), coded.status(), coded.date().start().toString(),
                    coded.date().granularity().name());
        }
    }

    /** A pair made on dyad + type + status; {@code index} is the expected contact's place in its list. */
    record Pair<T>(int index, Expected expected, T coded) {
    }

    /** The scores of one article, its pairs on dyad + type + status, and what went wrong. */
    record Outcome<T>(Score contacts, Score withStatus, List<Pair<T>> pairs, List<T> extra,
            List<String> mistakes) {
    }

    private ContactMatching() {
    }

    /** Matches one article's coded contacts with its expected ones; mistakes are prefixed with {@code id}. */
    static Outcome<CodedContact> match(String id, List<Expected> expected, List<CodedContact> coded) {
        return match(id, expected, coded, Found::of);
    }

    /** Matches what was found in one article, seen through {@code view}, with the expected contacts. */
    static <T> Outcome<T> match(String id, List<Expected> expected, List<T> found, Function<T, Found> view) {
        List<Found> coded = found.stream().map(view).toList();
        List<String> mistakes = new ArrayList<>();
        Score lenient = pairUp(expected, coded, false).score();
        Matched strict = pairUp(expected, coded, true);
        List<T> extra = new ArrayList<>();
        for (int c = 0; c < coded.size(); c++) {
            if (strict.codedTaken[c] == null) {
                extra.add(found.get(c));
                Found x = coded.get(c);
                mistakes.add(id + ": extra contact " + x.dyad() + " " + x.type() + " " + x.status());
            }
        }
        for (int e = 0; e < expected.size(); e++) {
            if (strict.expectedTaken[e] < 0) {
                mistakes.add(id + ": missed contact " + expected.get(e).label(true));
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (strict.expectedTaken[e] >= 0) {
                pairs.add(new Pair<>(e, expected.get(e), found.get(strict.expectedTaken[e])));
            }
        }
        return new Outcome<>(lenient, strict.score(), pairs, extra, mistakes);
    }

    private record Matched(int[] expectedTaken, Expected[] codedTaken) {
        Score score() {
            int tp = 0;
            for (int taken : expectedTaken) {
                if (taken >= 0) {
                    tp++;
                }
            }
            return new Score(tp, codedTaken.length - tp, expectedTaken.length - tp);
        }
    }

    private static Matched pairUp(List<Expected> expected, List<Found> coded, boolean withStatus) {
        int[] expectedTaken = new int[expected.size()];
        java.util.Arrays.fill(expectedTaken, -1);
        Expected[] codedTaken = new Expected[coded.size()];
        // Passes from the strictest to the most lenient: own type and date, own type, an acceptable other type.
        for (int pass = 0; pass < 3; pass++) {
            for (int e = 0; e < expected.size(); e++) {
                if (expectedTaken[e] >= 0) {
                    continue;
                }
                Expected want = expected.get(e);
                for (int c = 0; c < coded.size(); c++) {
                    Found have = coded.get(c);
                    if (codedTaken[c] == null && answers(want, have, withStatus, pass)) {
                        expectedTaken[e] = c;
                        codedTaken[c] = want;
                        break;
                    }
                }
            }
        }
        return new Matched(expectedTaken, codedTaken);
    }

    private static boolean answers(Expected want, Found have, boolean withStatus, int pass) {
        if (!want.dyad().equals(have.dyad()) || withStatus && want.status() != have.status()) {
            return false;
        }
        return switch (pass) {
            case 0 -> want.type() == have.type() && want.dateAgrees(have);
            case 1 -> want.type() == have.type();
            default -> want.alternatives().contains(have.type());
        };
    }
}
