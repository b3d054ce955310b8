package dev.dyadwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped plain text into paragraphs. A line is a paragraph of its own, except that lines hard-wrapped at a
 * fixed width (a long line that stops mid-sentence, followed by one that continues it) are joined again.
 */
public final class PlainTextBlocks {

    /** A line at least this long that stops mid-sentence was wrapped, not ended. */
    private static final int WRAPPED_LINE = 60;

    private PlainTextBlocks() {
    }

    /** The paragraphs of {@code text}, as {@link TextBlock.Kind#LINE} blocks. */
    public static List<TextBlock> split(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = "";
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                flush(paragraph, blocks);
                previous = "";
                continue;
            }
            if (paragraph.length() > 0 && continues(previous, line)) {
                paragraph.append(' ');
            } else {
                flush(paragraph, blocks);
            }
            paragraph.append(line);
            previous = line;
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** Whether {@code next} continues {@code line}, which was hard-wrapped. */
    static boolean continues(String line, String next) {
        if (line.isEmpty() || Lines.isSentenceEnd(line.charAt(line.length() - 1))) {
            return false;
        }
        char first = next.charAt(0);
        boolean lowerStart = Character.isLowerCase(first) || Character.isDigit(first);
        return line.length() >= WRAPPED_LINE || line.length() >= WRAPPED_LINE / 2 && lowerStart;
    }

    private static void flush(StringBuilder paragraph, List<TextBlock> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(TextBlock.line(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
