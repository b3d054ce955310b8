package dev.dyadwatch.ingest.clean;

import java.util.Objects;

/**
 * One block of an article as extracted from its page or text file, before boilerplate removal.
 *
 * @param text the block's text on one line
 * @param kind what kind of block it was in the page
 * @param linkDensity share of the text that sits inside links (0 for plain text)
 */
public record TextBlock(String text, Kind kind, double linkDensity) {

    /** What a block was in its page. */
    public enum Kind {
        /** A paragraph of an HTML page. */
        PARAGRAPH,
        /** An HTML heading (h2-h6). */
        HEADING,
        /** An item of an HTML list. */
        LIST_ITEM,
        /** A block quote. */
        QUOTE,
        /** A line or paragraph of plain text, whose structure is unknown. */
        LINE
    }

    public TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** A line of plain text. */
    public static TextBlock line(String text) {
        return new TextBlock(text, Kind.LINE, 0);
    }
}
