package dev.dyadwatch.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the lines of an article and drops what the scraper caught around it. Besides the line-by-line
 * {@link BoilerplateRule}s it reads the lines in order, because some boilerplate is only recognisable by where it
 * stands:
 * <ul>
 *   <li>after a comment-section heading ("Leave a Reply", "12 Comments") everything is readers' comments and forms;
 *   <li>after a related-articles heading ("Related", "You may also like") come headlines, until prose resumes;
 *   <li>"Also read: ..." lines, and paragraphs that are mostly links, are headlines of other articles spliced in;
 *   <li>a short line that does not end like a sentence is a headline, a menu item or a byline, not article prose;
 *   <li>a line repeating the title or an earlier paragraph is dropped.
 * </ul>
 * Headings of an HTML page are kept as sub-headings once the article has begun.
 */
public final class BoilerplateFilter {

    private static final Pattern COMMENT_SECTION = Pattern.compile("^(leave a (reply|comment)( cancel reply)?|"
            + "\\d+ (comments?|"
            + "responses?|replies|thoughts on .*)|comments?( \\(\\d+\\))?|add (a|your) comment|post a comment|"
            + "join the (discussion|conversation)|discussion|reader comments|show comments|view comments|"
            + "one (response|comment|reply|thought)( to .*)?|have your say|comments are closed\\.?|"
            + "no comments yet\\.?)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED_SECTION = Pattern.compile("^(related( articles?| stories| posts| news| "
            + "coverage| content| reading| topics)?|more (from|on|in|stories|news|to read)( [\\w' ]{0,40})?|"
            + "you (may|might) (also )?(like|be interested in|have missed)|recommended( for you| stories| reading)?|"
            + "read (more|next)|also read|see also|most (read|popular|viewed|shared)|trending( now| stories)?|"
            + "latest( news| stories| posts)?|popular( posts| stories| now)?|editor'?s picks?|top stories|"
            + "don'?t miss|must read|further reading|in other news|other stories|more stories|what to read next|"
            + "(related|similar) (articles|stories)|more headlines)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_RELATED = Pattern.compile("^(also read|read also|read more|related|"
            + "related article|related story|related news|see also|recommended|more|watch|listen|read|"
            + "don'?t miss|must read|also see|check out|related coverage)\\s*[:|\u00bb>\u2014\u2013-]\\s*\\S",
            Pattern.CASE_INSENSITIVE);

    /** A paragraph this long, ending like a sentence and with few links, is article prose. */
    private static final int PROSE_WORDS = 12;
    /** A line without sentence punctuation shorter than this is a headline, menu item or byline. */
    private static final int HEADLINE_WORDS = 16;
    /** A block whose text is mostly links belongs to navigation or to other articles. */
    private static final double LINK_DENSITY = 0.5;

    /**
     * A line that was dropped, and by which rule (for evaluating and explaining the cleaner).
     *
     * @param text the line
     * @param rule lower-case name of the rule
     */
    public record Dropped(String text, String rule) {
    }

    /**
     * The result of cleaning.
     *
     * @param kept the article's paragraphs, in order
     * @param keptFolds the {@link ContentHash#fold(String) folds} of the kept paragraphs (computed anyway to find
     *        repeats; they spare hashing the text folding it again)
     * @param dropped the lines removed and why
     */
    public record Result(List<String> kept, List<String> keptFolds, List<Dropped> dropped) {
    }

    private BoilerplateFilter() {
    }

    /** Cleans the normalised {@code blocks} of an article titled {@code title}. */
    public static Result clean(String title, List<TextBlock> blocks) {
        List<String> kept = new ArrayList<>(blocks.size());
        List<String> keptFolds = new ArrayList<>(blocks.size());
        List<Dropped> dropped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = key(title);
        boolean bodyStarted = false;
        boolean inComments = false;
        boolean inRelated = false;
        for (TextBlock block : blocks) {
            String text = block.text();
            int words = Lines.words(text);
            String rule = null;
            if (inComments) {
                rule = "comment-section";
            } else if (COMMENT_SECTION.matcher(text).matches()) {
                inComments = bodyStarted;
                rule = "comment-section";
            } else if (words <= 8 && RELATED_SECTION.matcher(text).matches()) {
                inRelated = true;
                rule = "related-section";
            } else if (inRelated && !isProse(block, words)) {
                rule = "related-section";
            } else {
                inRelated = false;
                rule = ruleFor(block, words, bodyStarted);
            }
            String key = rule == null ? key(text) : null;
            if (rule == null && !titleKey.isEmpty() && key.equals(titleKey)) {
                rule = "title-repeat";
            }
            if (rule == null && !seen.add(key)) {
                rule = "repeat";
            }
            if (rule != null) {
                dropped.add(new Dropped(text, rule));
                continue;
            }
            kept.add(text);
            keptFolds.add(key);
            bodyStarted |= isProse(block, words);
        }
        return new Result(kept, keptFolds, dropped);
    }

    /** The rule a block breaks on its own, or null when it may be article text. */
    private static String ruleFor(TextBlock block, int words, boolean bodyStarted) {
        String text = block.text();
        if (!Lines.hasLetter(text)) {
            return "no-letters";
        }
        if (words <= HEADLINE_WORDS && INLINE_RELATED.matcher(text).lookingAt()) {
            return "related-link";
        }
        if (block.linkDensity() >= LINK_DENSITY && block.kind() != TextBlock.Kind.QUOTE) {
            return "links";
        }
        Optional<BoilerplateRule> rule = BoilerplateRule.match(text, words);
        if (rule.isPresent()) {
            return rule.get().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (words <= 10 && LooseDates.isDateLine(text)) {
            return "date";
        }
        if (words < HEADLINE_WORDS && !Lines.endsLikeSentence(text) && !isSubheading(block, bodyStarted)
                && !Datelines.isDatelineOnly(text)) {
            return "headline";
        }
        return null;
    }

    private static boolean isSubheading(TextBlock block, boolean bodyStarted) {
        return block.kind() == TextBlock.Kind.HEADING && bodyStarted;
    }

    private static boolean isProse(TextBlock block, int words) {
        return words >= PROSE_WORDS && Lines.endsLikeSentence(block.text()) && block.linkDensity() < LINK_DENSITY;
    }

    private static String key(String text) {
        return ContentHash.fold(text);
    }
}
