package dev.dyadwatch.ingest.clean;

import dev.dyadwatch.ingest.InputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a scraped file or fetched page into text, finding the encoding the way a browser would and
 * then checking it against the bytes, because scraped pages often lie about it.
 *
 * <p>In order: a byte-order mark; the charset declared by HTTP ({@code Content-Type}) or by the page
 * ({@code <meta charset>}), unless the bytes contradict it; otherwise byte statistics: valid UTF-8 is UTF-8, bytes
 * 0x80–0x9F (typographic quotes and dashes in Windows-1252, unused control codes in ISO-8859-1) mean Windows-1252,
 * other high bytes ISO-8859-1. Binary content is refused with an {@link InputException} naming what it looks like.
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decoded text and how its encoding was chosen.
     *
     * @param text the text, byte-order mark removed
     * @param charset the encoding used
     * @param how "bom", "declared", "meta", "detected"
     */
    public record Decoded(String text, Charset charset, String how) {
    }

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param declaredCharset charset named by the transport (HTTP Content-Type), or null
     * @param html whether to look for a {@code <meta charset>} declaration
     */
    public static Decoded decode(byte[] bytes, String declaredCharset, boolean html) throws InputException {
        BinaryContent.requireText(bytes);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom");
        }
        Utf8Check utf8 = Utf8Check.of(bytes, 0, bytes.length);
        Charset declared = charset(declaredCharset);
        String how = "declared";
        if (declared == null && html) {
            declared = charset(metaCharset(bytes));
            how = "meta";
        }
        if (declared != null && isTrustworthy(declared, utf8)) {
            return new Decoded(new String(bytes, declared), declared, how);
        }
        Charset detected = detect(bytes, 0, bytes.length, utf8);
        return new Decoded(new String(bytes, detected), detected, "detected");
    }

    /** Decodes a slice known to be text (one JSON line): UTF-8 when valid, else Windows-1252 or ISO-8859-1. */
    public static String decodeSlice(byte[] bytes, int offset, int length) {
        Utf8Check utf8 = Utf8Check.of(bytes, offset, length);
        return new String(bytes, offset, length, detect(bytes, offset, length, utf8));
    }

    /** A declaration is believed unless the bytes contradict it. */
    private static boolean isTrustworthy(Charset declared, Utf8Check utf8) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            return utf8.valid();
        }
        boolean singleByte = declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(WINDOWS_1252)
                || declared.equals(StandardCharsets.US_ASCII);
        // A page labelled Latin-1 whose bytes are valid multi-byte UTF-8 is UTF-8 mislabelled by its server.
        return !(singleByte && utf8.valid() && utf8.multiByte());
    }

    private static Charset detect(byte[] bytes, int offset, int length, Utf8Check utf8) {
        if (utf8.valid()) {
            return StandardCharsets.UTF_8;
        }
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80 && b <= 0x9F) {
                return WINDOWS_1252;
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The charset of a name, null when the name is missing or unknown; Latin-1 labels read as Windows-1252. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String label = name.trim().toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            // As in browsers: pages labelled Latin-1 use Windows-1252's quotes and dashes in 0x80-0x9F.
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Whether a byte range is valid UTF-8, and whether it holds any multi-byte sequence. */
    record Utf8Check(boolean valid, boolean multiByte) {

        static Utf8Check of(byte[] bytes, int offset, int length) {
            boolean multi = false;
            int end = offset + length;
            int i = offset;
            while (i < end) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int extra;
                int min;
                if (b >= 0xC2 && b <= 0xDF) {
                    extra = 1;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    extra = 2;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    extra = 3;
                    min = 0x10000;
                } else {
                    return new Utf8Check(false, multi);
                }
                if (i + extra >= end) {
                    return new Utf8Check(false, multi);
                }
                int cp = b & (0x3F >> extra);
                for (int k = 1; k <= extra; k++) {
                    int c = bytes[i + k] & 0xFF;
                    if ((c & 0xC0) != 0x80) {
                        return new Utf8Check(false, multi);
                    }
                    cp = cp << 6 | c & 0x3F;
                }
                if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                    return new Utf8Check(false, multi);
                }
                multi = true;
                i += extra + 1;
            }
            return new Utf8Check(true, multi);
        }
    }
}
