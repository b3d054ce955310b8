package dev.dyadwatch.ingest.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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
        return ofFolded(fold(text));
    }

    /** Hex SHA-256 of a text already {@link #fold(String) folded}. */
    public static String ofFolded(String folded) {
        return HEX.formatHex(sha256(folded));
    }

    /**
     * The fold of paragraphs joined by any separator, from the folds of the paragraphs: the folds that are not empty,
     * joined by single spaces, which is what folding the joined text gives.
     */
    public static String joinFolds(List<String> folds) {
        StringBuilder joined = new StringBuilder();
        for (String fold : folds) {
            if (!fold.isEmpty()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(fold);
            }
        }
        return joined.toString();
    }

    /** Hex of the first 16 bytes of the SHA-256 of {@code value} as it is (for ids). */
    public static String shortHash(String value) {
        byte[] digest = sha256(value);
        return HEX.formatHex(digest, 0, 16);
    }

    /** Lower case, letters and digits only, words separated by single spaces. */
    public static String fold(String text) {
        int n = text.length();
        char[] out = new char[n + 2];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int cp;
            if (c < 0x80) {
                i++;
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    cp = c;
                } else if (c >= 'A' && c <= 'Z') {
                    cp = c + ('a' - 'A');
                } else {
                    space = true;
                    continue;
                }
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isLetterOrDigit(cp)) {
                    space = true;
                    continue;
                }
                cp = Character.toLowerCase(cp);
            }
            if (length + 3 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            if (space && length > 0) {
                out[length++] = ' ';
            }
            space = false;
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                out[length++] = (char) cp;
            } else {
                length += Character.toChars(cp, out, length);
            }
        }
        return new String(out, 0, length);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
