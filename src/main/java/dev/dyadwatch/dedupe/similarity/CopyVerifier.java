package dev.dyadwatch.dedupe.similarity;

/**
 * Verifies a candidate pair found through a shared LSH band: identical normalised texts are copies; otherwise the
 * sketches are compared under the {@link DuplicateRule}. A shared band alone is never a verdict: unrelated texts
 * share one now and then, and so do a story and its follow-up.
 */
public final class CopyVerifier {

    private final DuplicateRule rule;

    public CopyVerifier(DuplicateRule rule) {
        this.rule = rule;
    }

    public DuplicateRule rule() {
        return rule;
    }

    /** Checks whether two texts, given by fingerprint and sketch, are copies of one another. */
    public CopyCheck check(long fingerprint, Sketch sketch, long otherFingerprint, Sketch otherSketch) {
        if (fingerprint == otherFingerprint) {
            return new CopyCheck(true, true, Similarity.IDENTICAL);
        }
        Similarity similarity = sketch.compare(otherSketch);
        return new CopyCheck(rule.isCopy(similarity), false, similarity);
    }

    /** Checks two signed texts as the topology does: a candidate only through a shared band, then verified. */
    public CopyCheck check(ArticleSignature one, ArticleSignature other) {
        if (one.sameTextAs(other)) {
            return new CopyCheck(true, true, Similarity.IDENTICAL);
        }
        if (!shareBand(one.bandKeys(), other.bandKeys())) {
            return new CopyCheck(false, false, one.sketch().compare(other.sketch()));
        }
        return check(one.fingerprint(), one.sketch(), other.fingerprint(), other.sketch());
    }

    /** True when the two key lists share a key at the same band position. */
    public static boolean shareBand(long[] keys, long[] otherKeys) {
        for (int band = 0; band < Math.min(keys.length, otherKeys.length); band++) {
            if (keys[band] == otherKeys[band]) {
                return true;
            }
        }
        return false;
    }
}
