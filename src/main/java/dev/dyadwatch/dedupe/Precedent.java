package dev.dyadwatch.dedupe;

/**
 * A similar article that takes precedence and found this one undecided: if this one finds no decided story of its
 * own, it defers to the precedent and joins the precedent's story.
 *
 * @param ref the earlier article
 * @param stamp its precedence stamp (publication time)
 * @param jaccard estimated Jaccard similarity of the two
 * @param containment estimated containment of the shorter in the longer
 * @param sameText whether the normalised texts are identical
 */
record Precedent(ArticleRef ref, long stamp, double jaccard, double containment, boolean sameText) {

    /** The one of the two that takes precedence (published first, then by handle). */
    Precedent earlier(Precedent other) {
        if (other == null) {
            return this;
        }
        return ArticleRef.precedes(stamp, ref.handle(), other.stamp, other.ref.handle()) ? this : other;
    }

    void writeTo(ByteWriter out) {
        ref.writeTo(out);
        out.writeLong(stamp).writeDouble(jaccard).writeDouble(containment).writeBoolean(sameText);
    }

    static Precedent readFrom(ByteReader in) {
        return new Precedent(ArticleRef.readFrom(in), in.readLong(), in.readDouble(), in.readDouble(),
                in.readBoolean());
    }
}
