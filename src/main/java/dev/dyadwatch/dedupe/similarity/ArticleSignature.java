package dev.dyadwatch.dedupe.similarity;

/**
 * What dedupe computes from an article's text: where to look for candidates and how to verify them.
 *
 * @param bandKeys LSH band keys (empty for a text without words: only an identical text can match it)
 * @param sketch the verification sketch
 * @param fingerprint 64 bits of the normalised-text hash: equal fingerprints mean identical normalised text
 */
public record ArticleSignature(long[] bandKeys, Sketch sketch, long fingerprint) {

    /** True when two texts are the same after normalisation. */
    public boolean sameTextAs(ArticleSignature other) {
        return fingerprint == other.fingerprint;
    }
}
