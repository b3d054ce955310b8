package dev.dyadwatch.ingest.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of an article and the identity hashes built on the same digest.
 *
 * <p>Two texts that differ only in case, punctuation or spacing have the same content hash: the text is lower-cased,
 * every character that is not a letter or digit becomes a space, and runs of spaces are folded before hashing.
 */
public final class ContentHash {

    private static final HexFormat HEX = HexFormat.of();

    private ContentHash() {
    }

    /** Hex SHA-256 of {@link #fold(String) the folded text}. */
    public static String of(String text) {
        return HEX.formatHex(sha256(fold(text)));
    }

    /** Hex of the first 16 bytes of the SHA-256 of {@code value} as it is (for ids). */
    public static String shortHash(String value) {
        byte[] digest = sha256(value);
        return HEX.formatHex(digest, 0, 16);
    }

    /** Lower case, letters and digits only, words separated by single spaces. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
