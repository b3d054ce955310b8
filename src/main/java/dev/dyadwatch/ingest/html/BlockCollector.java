package dev.dyadwatch.ingest.html;

import dev.dyadwatch.ingest.clean.TextBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Walks page elements in document order and cuts their text into blocks at block-level elements and line breaks,
 * noting each block's kind and how much of its text sits inside links.
 */
final class BlockCollector implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl",
            "figure", "header", "footer", "address", "hr", "form", "details", "summary", "center", "caption");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<TextBlock.Kind> kinds = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private BlockCollector() {
    }

    /** The blocks of {@code roots}, in document order. */
    static List<TextBlock> collect(List<Element> roots) {
        BlockCollector collector = new BlockCollector();
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
            collector.flush();
        }
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            String value = textNode.text();
            if (value.isBlank()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                return;
            }
            text.append(value);
            if (linkDepth > 0) {
                linkChars += value.strip().length();
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br")) {
                flush();
            } else if (BLOCKS.contains(tag)) {
                flush();
                kinds.push(kindOf(tag));
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCKS.contains(tag)) {
                flush();
                kinds.pop();
            }
        }
    }

    private void flush() {
        String block = text.toString().strip();
        if (!block.isEmpty()) {
            double density = Math.min(1.0, (double) linkChars / block.length());
            TextBlock.Kind kind = kinds.isEmpty() ? TextBlock.Kind.PARAGRAPH : kinds.peek();
            blocks.add(new TextBlock(block, kind, density));
        }
        text.setLength(0);
        linkChars = 0;
    }

    private static TextBlock.Kind kindOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            default -> TextBlock.Kind.PARAGRAPH;
        };
    }
}
