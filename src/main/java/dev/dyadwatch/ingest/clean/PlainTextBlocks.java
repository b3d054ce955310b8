package dev.dyadwatch.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits scraped plain text into paragraphs. Usually a line is a paragraph. Text hard-wrapped at a fixed width
 * (most lines of about the same length, many stopping mid-sentence) has its wrapped lines joined again; in any
 * text, a line that stops mid-sentence and is continued by one starting in lower case is joined to it.
 */
public final class PlainTextBlocks {

    /** Hard-wrapped text has at least this many lines, and its longest lines are at most {@value #MAX_WRAP}. */
    private static final int MIN_WRAPPED_LINES = 5;
    private static final int MAX_WRAP = 110;

    private PlainTextBlocks() {
    }

    /** The paragraphs of {@code text}, as {@link TextBlock.Kind#LINE} blocks. */
    public static List<TextBlock> split(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].strip();
        }
        int wrapWidth = wrapWidth(lines);
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = "";
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(paragraph, blocks);
                previous = "";
                continue;
            }
            if (paragraph.length() > 0 && continues(previous, line, wrapWidth)) {
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

    /**
     * The width text was hard-wrapped at, or 0 when it was not: most lines (the 90th percentile) no longer than
     * {@value #MAX_WRAP}, and at least a third of them long and stopping mid-sentence.
     */
    static int wrapWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < MIN_WRAPPED_LINES) {
            return 0;
        }
        int width = lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length % 10 == 0 ? 1 : 0)];
        if (width > MAX_WRAP || width < 40) {
            return 0;
        }
        int wrapped = 0;
        int nonEmpty = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (line.length() >= width * 0.75 && !Lines.isSentenceEnd(line.charAt(line.length() - 1))) {
                wrapped++;
            }
        }
        return wrapped * 3 >= nonEmpty ? width : 0;
    }

    /** Whether {@code next} continues {@code line}. */
    static boolean continues(String line, String next, int wrapWidth) {
        if (line.isEmpty() || Lines.isSentenceEnd(line.charAt(line.length() - 1))) {
            return false;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first) && line.length() >= 30) {
            return true;
        }
        return wrapWidth > 0 && line.length() >= wrapWidth * 0.75;
    }

    private static void flush(StringBuilder paragraph, List<TextBlock> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(TextBlock.line(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
