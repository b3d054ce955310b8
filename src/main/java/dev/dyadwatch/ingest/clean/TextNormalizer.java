package dev.dyadwatch.ingest.clean;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * Puts text into the one form every later stage can rely on: HTML entities decoded, Unicode NFC, typographic
 * quotes as ASCII quotes, every kind of space as a plain space, invisible characters removed, runs of spaces
 * folded. Line breaks are kept; each line is trimmed.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Normalises one line or paragraph; line breaks become spaces. */
    public static String normalizeLine(String text) {
        return normalize(text, false);
    }

    /** Normalises a text that may hold several lines, keeping its line breaks. */
    public static String normalizeText(String text) {
        return normalize(text, true);
    }

    private static String normalize(String raw, boolean keepLineBreaks) {
        if (isPlainAscii(raw)) {
            return raw;
        }
        String text = raw;
        if (text.indexOf('&') >= 0) {
            // Scraped text often carries entities the scraper never decoded ("Khan&#8217;s", "&amp;").
            text = Parser.unescapeEntities(text, false);
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                pendingSpace = false;
                if (keepLineBreaks) {
                    trimTrailingSpace(out);
                    out.append('\n');
                } else if (out.length() > 0) {
                    pendingSpace = true;
                }
                continue;
            }
            char mapped = map(c);
            if (mapped == 0) {
                continue;
            }
            if (mapped == ' ') {
                pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(mapped);
        }
        trimTrailingSpace(out);
        return out.toString();
    }

    /** Printable ASCII without entities, runs of spaces or spaces at either end: already normal. */
    private static boolean isPlainAscii(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '&' || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** The normalised form of one character: itself, ' ' for any space, 0 to drop it. */
    private static char map(char c) {
        if (c < 0x80) {
            if (c == '\t' || c == '\f' || c == 0x0B) {
                return ' ';
            }
            return c < 0x20 || c == 0x7F ? 0 : c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
                return '"';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
                return 0;
            case '\u2028', '\u2029', '\u0085':
                return ' ';
            default:
                break;
        }
        if (Character.isSpaceChar(c)) {
            return ' ';
        }
        if (Character.getType(c) == Character.CONTROL) {
            return 0;
        }
        return c;
    }
}
