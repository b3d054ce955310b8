package dev.dyadwatch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a news story ("ISLAMABAD:", "New Delhi.", "MOSCOW, March 3 (Agency) -",
 * "WASHINGTON —") so it can be kept apart from the text that is coded: the place a story was filed from is not an
 * actor in it.
 */
public final class Datelines {

    private static final String DATE = "(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} [A-Z][a-z]{2,8}\\.?"
            + "(?: \\d{4})?)";
    private static final String AGENCY = "(?:\\s*\\([^()]{1,40}\\))";
    private static final String SEPARATOR = "\\s*(?::|\u2014|\u2013|--?|\\.)(?:\\s+|$)";
    /** Upper-case place, optional region or date, optional agency: "MOSCOW, March 3 (Agency) -". */
    private static final Pattern UPPER = Pattern.compile("^(?<dateline>[A-Z][A-Z.'\u2019-]+(?:[ -][A-Z][A-Z.'-]+){0,3}"
            + "(?:, (?:" + DATE + "|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?" + AGENCY + "?)" + SEPARATOR);
    /** Mixed-case place of one to three words: "New Delhi.", "Islamabad, Jan 5 (APP):". */
    private static final Pattern MIXED = Pattern.compile("^(?<dateline>(?<place>[A-Z][a-z'\u2019-]+(?:[ -][A-Z][a-z'-]+"
            + "){0,2})(?:, " + DATE + ")?" + AGENCY + "?)" + SEPARATOR);
    /** Capitalised labels that open a story without being the place it was filed from. */
    private static final Set<String> NOT_UPPER_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH",
            "ANALYSIS", "OPINION", "EDITORIAL", "LIVE", "VIDEO", "PHOTOS", "FILE", "CORRECTION", "NOTE", "FLASH",
            "URGENT", "ALERT", "REVIEW", "INTERVIEW", "FEATURE", "COMMENT", "Q", "A");
    /** Capitalised words that open sentences or abbreviations, never places. */
    private static final Set<String> NOT_PLACES = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Prof", "St",
            "Sen", "Rep", "Gov", "Capt", "Maj", "Sgt", "Jr", "Sr", "No", "Vol", "Fig", "However", "Meanwhile",
            "Earlier", "Later", "Yesterday", "Today", "Separately", "Also", "Note", "Update", "Updated",
            "Correction", "Editor", "Sources", "Officials", "Analysis", "Opinion", "Comment", "Watch", "Read",
            "Background", "Context", "Summary", "Q", "A", "I", "He", "She", "It", "They", "We", "Yes", "Thus",
            "Still", "Instead", "Finally", "First", "Second", "Third", "Then", "Now", "Here", "There");

    /**
     * An article's paragraphs with the dateline taken out.
     *
     * @param dateline the dateline without its separator ("MOSCOW, March 3 (Agency)"), or empty
     * @param paragraphs the paragraphs, the first one starting after the dateline
     */
    public record Split(Optional<String> dateline, List<String> paragraphs) {
    }

    private Datelines() {
    }

    /** Takes the dateline, if any, from the start of the first paragraph (or a first line holding only it). */
    public static Split split(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return new Split(Optional.empty(), paragraphs);
        }
        String first = paragraphs.get(0);
        Matcher matcher = match(first);
        if (matcher == null) {
            return new Split(Optional.empty(), paragraphs);
        }
        List<String> rest = new ArrayList<>(paragraphs.size());
        String remainder = first.substring(matcher.end()).strip();
        if (!remainder.isEmpty()) {
            rest.add(remainder);
        }
        rest.addAll(paragraphs.subList(1, paragraphs.size()));
        return new Split(Optional.of(matcher.group("dateline").strip()), rest);
    }

    /** Whether {@code line} is a dateline and nothing else ("ISLAMABAD:"). */
    public static boolean isDatelineOnly(String line) {
        Matcher matcher = match(line);
        return matcher != null && matcher.end() == line.length();
    }

    private static Matcher match(String text) {
        Matcher upper = UPPER.matcher(text);
        if (upper.lookingAt() && startsProse(text, upper.end()) && hasLowerCaseLetterOrEnds(text, upper.end())
                && !NOT_UPPER_PLACES.contains(upper.group("dateline").split("[ ,(]")[0])) {
            return upper;
        }
        Matcher mixed = MIXED.matcher(text);
        if (mixed.lookingAt() && !NOT_PLACES.contains(mixed.group("place").split("[ -]")[0])
                && startsProse(text, mixed.end())) {
            return mixed;
        }
        return null;
    }

    /** What follows a dateline starts a sentence (or nothing follows it). */
    private static boolean startsProse(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || Character.isLowerCase(c)
                && end > 0 && text.charAt(end - 1) == ' ' && isDash(text, end);
    }

    private static boolean isDash(String text, int end) {
        String before = text.substring(0, end).strip();
        char last = before.charAt(before.length() - 1);
        return last == '\u2014' || last == '\u2013' || last == '-';
    }

    /** An all-caps dateline is followed by ordinary prose, not by more capitals (a shouted headline). */
    private static boolean hasLowerCaseLetterOrEnds(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        int limit = Math.min(text.length(), end + 40);
        for (int i = end; i < limit; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
