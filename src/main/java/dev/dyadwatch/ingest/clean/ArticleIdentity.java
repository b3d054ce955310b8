package dev.dyadwatch.ingest.clean;

import java.util.Optional;

/**
 * The id of an article: hex of the first 16 bytes of the SHA-256 of its canonical URL, so every copy of one page
 * gets the same id; for an article without a URL, the same hash of its folded text (see {@link ContentHash}).
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    /**
     * The article id.
     *
     * @param canonicalUrl canonical URL, or empty
     * @param contentHash the article's {@link ContentHash#of(String) content hash}
     */
    public static String id(Optional<String> canonicalUrl, String contentHash) {
        return canonicalUrl.map(ContentHash::shortHash).orElse(contentHash.substring(0, 32));
    }
}
