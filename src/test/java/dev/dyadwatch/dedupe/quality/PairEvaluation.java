package dev.dyadwatch.dedupe.quality;

import dev.dyadwatch.dedupe.similarity.ArticleSignature;
import dev.dyadwatch.dedupe.similarity.ArticleSigner;
import dev.dyadwatch.dedupe.similarity.CopyCheck;
import dev.dyadwatch.dedupe.similarity.CopyVerifier;
import dev.dyadwatch.dedupe.similarity.DuplicateRule;
import dev.dyadwatch.dedupe.similarity.SignatureScheme;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall of near-duplicate detection on the labelled pairs, judged exactly as the topology judges a
 * pair (a shared LSH band, then verification), and a sweep of the containment threshold showing where the default
 * comes from.
 *
 * <p>Run: {@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.dyadwatch.dedupe.quality.PairEvaluation}
 */
public final class PairEvaluation {

    /** One judged pair. */
    public record Judged(LabelledPairs.Pair pair, CopyCheck check, boolean sharesBand) {
        boolean correct() {
            return check.copy() == pair.copy();
        }
    }

    /** Counts over all pairs. */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
            List<Judged> judged) {

        public double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        public double recall() {
            int copies = truePositives + falseNegatives;
            return copies == 0 ? 1.0 : (double) truePositives / copies;
        }
    }

    private PairEvaluation() {
    }

    /** Judges every labelled pair under {@code scheme} and {@code rule}. */
    public static Result evaluate(LabelledPairs pairs, SignatureScheme scheme, DuplicateRule rule) {
        ArticleSigner signer = new ArticleSigner(scheme);
        CopyVerifier verifier = new CopyVerifier(rule);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<Judged> judged = new ArrayList<>();
        for (LabelledPairs.Pair pair : pairs.pairs()) {
            ArticleSignature left = sign(signer, pair.left());
            ArticleSignature right = sign(signer, pair.right());
            CopyCheck check = verifier.check(left, right);
            judged.add(new Judged(pair, check, CopyVerifier.shareBand(left.bandKeys(), right.bandKeys())));
            if (check.copy()) {
                if (pair.copy()) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (pair.copy()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Result(tp, fp, fn, tn, judged);
    }

    static ArticleSignature sign(ArticleSigner signer, LabelledPairs.Article article) {
        String text = article.text();
        return signer.sign(text, ContentHashes.of(text));
    }

    public static void main(String[] args) {
        print(LabelledPairs.load(), SignatureScheme.DEFAULT, System.out);
    }

    static void print(LabelledPairs pairs, SignatureScheme scheme, PrintStream out) {
        Result result = evaluate(pairs, scheme, new DuplicateRule(DuplicateRule.DEFAULT_THRESHOLD));
        out.printf("Dedupe on %d labelled pairs (%d copies, %d distinct); scheme %s; containment threshold %.2f, "
                + "Jaccard floor %.2f, numbers agreeing%n", result.judged().size(),
                result.truePositives() + result.falseNegatives(), result.falsePositives() + result.trueNegatives(),
                scheme, DuplicateRule.DEFAULT_THRESHOLD, DuplicateRule.MIN_JACCARD);
        out.printf("precision %.3f  recall %.3f  (tp %d, fp %d, fn %d, tn %d)%n%n", result.precision(),
                result.recall(), result.truePositives(), result.falsePositives(), result.falseNegatives(),
                result.trueNegatives());
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Judged j : result.judged()) {
            int[] counts = byCategory.computeIfAbsent((j.pair().copy() ? "copy/" : "distinct/")
                    + j.pair().category(), c -> new int[2]);
            counts[0] += j.correct() ? 1 : 0;
            counts[1]++;
        }
        out.println("by category (right / pairs):");
        byCategory.forEach((category, counts) -> out.printf("  %-22s %d / %d%n", category, counts[0], counts[1]));
        out.println();
        out.println("pairs, hardest first (estimated Jaccard, containment, numbers missing of compared, shared "
                + "band):");
        result.judged().stream()
                .sorted((a, b) -> Double.compare(margin(a), margin(b)))
                .limit(12)
                .forEach(j -> out.printf("  %-8s %-12s J %.3f  C %.3f  N %d/%d  band %-5s %s%s  %s / %s%n",
                        j.pair().copy() ? "copy" : "distinct", j.pair().category(),
                        j.check().similarity().jaccard(), j.check().similarity().containment(),
                        j.check().similarity().numbersMissing(), j.check().similarity().numbersCompared(),
                        j.sharesBand(),
                        j.correct() ? "" : "WRONG ", j.check().copy() ? "judged copy" : "judged distinct",
                        j.pair().left().name(), j.pair().right().name()));
        out.println();
        printSweep(result, out);
    }

    private static boolean passesAllButThreshold(Judged j) {
        return j.sharesBand() && j.check().similarity().jaccard() >= DuplicateRule.MIN_JACCARD
                && DuplicateRule.numbersAgree(j.check().similarity());
    }

    /** How far a pair's containment lies on the right side of the default threshold (negative when misjudged). */
    private static double margin(Judged judged) {
        double c = judged.check().similarity().containment() - DuplicateRule.DEFAULT_THRESHOLD;
        return judged.pair().copy() ? c : -c;
    }

    /**
     * The threshold sweep: a distinct pair counts against a threshold when the rest of the rule (a shared band, the
     * Jaccard floor, the shared numbers) would pass it; the gap between the highest such distinct pair and the lowest
     * copy is where any threshold gets every pair right.
     */
    private static void printSweep(Result result, PrintStream out) {
        double highestDistinct = 0;
        double lowestCopy = 1;
        for (Judged j : result.judged()) {
            if (j.check().sameText()) {
                continue;
            }
            boolean passesFloor = passesAllButThreshold(j);
            double c = j.check().similarity().containment();
            if (j.pair().copy()) {
                lowestCopy = Math.min(lowestCopy, passesFloor ? c : 0);
            } else if (passesFloor) {
                highestDistinct = Math.max(highestDistinct, c);
            }
        }
        out.println("threshold sweep (containment; pairs with a shared band, Jaccard and numbers above their floors):");
        for (double t = 0.50; t <= 0.951; t += 0.05) {
            int tp = 0;
            int fp = 0;
            int copies = 0;
            for (Judged j : result.judged()) {
                boolean flagged = j.check().sameText()
                        || passesAllButThreshold(j) && j.check().similarity().containment() >= t;
                copies += j.pair().copy() ? 1 : 0;
                tp += flagged && j.pair().copy() ? 1 : 0;
                fp += flagged && !j.pair().copy() ? 1 : 0;
            }
            out.printf("  %.2f  precision %.3f  recall %.3f%n", t, tp + fp == 0 ? 1.0 : (double) tp / (tp + fp),
                    (double) tp / copies);
        }
        out.printf("every pair right for thresholds in (%.3f, %.3f]; midpoint %.3f%n", highestDistinct, lowestCopy,
                (highestDistinct + lowestCopy) / 2);
    }
}
