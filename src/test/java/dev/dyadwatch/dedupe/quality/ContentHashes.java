package dev.dyadwatch.dedupe.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The normalised-text hash ingest puts in {@code RawArticle.contentHash}, for test articles. */
public final class ContentHashes {

    private ContentHashes() {
    }

    /** Hex SHA-256 of the text lower-cased, with every run of non-letters and non-digits folded to one space. */
    public static String of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && folded.length() > 0) {
                    folded.append(' ');
                }
                space = false;
                folded.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(folded.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
