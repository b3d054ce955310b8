package dev.dyadwatch.dedupe.similarity;

/**
 * Computes {@link ArticleSignature}s under one {@link SignatureScheme}. Not thread-safe (it reuses buffers): one
 * instance per stream thread.
 */
public final class ArticleSigner {

    private final SignatureScheme scheme;
    private final Shingler shingler;
    private final MinHasher hasher;
    private final LshBands bands;
    private final long[] signature;

    public ArticleSigner(SignatureScheme scheme) {
        this.scheme = scheme;
        this.shingler = new Shingler(scheme.shingleWords());
        this.hasher = new MinHasher(scheme.bins());
        this.bands = new LshBands(scheme.bands(), scheme.rows());
        this.signature = new long[scheme.bins()];
    }

    public SignatureScheme scheme() {
        return scheme;
    }

    /**
     * Signs a text.
     *
     * @param text the cleaned article text
     * @param contentHash the article's normalised-text hash (see {@link Hashing#fingerprintOf})
     */
    public ArticleSignature sign(String text, String contentHash) {
        long fingerprint = Hashing.fingerprintOf(contentHash);
        shingler.shingle(text);
        if (!hasher.sign(shingler.hashes(), shingler.count(), signature)) {
            Sketch empty = new Sketch(new byte[Sketch.bytesFor(scheme.bins())], 0);
            return new ArticleSignature(new long[0], empty, fingerprint);
        }
        return new ArticleSignature(bands.keys(signature), Sketch.of(signature, scheme.bins(),
                shingler.distinctCount(), shingler.numberHashes(Sketch.MAX_NUMBERS)), fingerprint);
    }
}
