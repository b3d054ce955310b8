package dev.dyadwatch.enrich.text;

import dev.dyadwatch.enrich.CodingLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Splits an article's text into tokenized sentences: OpenNLP's sentence detector, then a repair of the splits it
 * makes after abbreviations common in news ("Feb.", "Gen.", "Lt.", "5 p.m. Tuesday"), then the tokenizer. Work
 * is bounded by {@link CodingLimits}.
 *
 * <p>Not thread-safe: one per thread (it holds a {@link SentenceDetectorME}).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = WordSet.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "maj", "brig", "adm", "capt", "cdr", "cmdr",
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "st", "no", "jr", "sr", "mt", "ft", "gens", "sgt",
            "cpl", "pvt", "hon", "rev", "messrs", "vs", "approx", "dept", "est", "fig", "inc", "corp", "ltd", "co");
    /** The longest run of initials a sentence split may leave alone: "U.A.E.". */
    private static final int MAX_INITIALS = 6;
    private static final Set<String> WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final SentenceDetectorME detector = new SentenceDetectorME(TextModels.sentencesForDetection());
    private final Tokenizer tokenizer;
    private final CodingLimits limits;
    private final TokenVocabulary vocabulary = new TokenVocabulary();

    /** The sentences of a text and what the limits left out. */
    public record Split(List<Sentence> sentences, int sentencesDropped, int sentencesCut, int charsIgnored) {

        public boolean truncated() {
            return sentencesDropped > 0 || sentencesCut > 0 || charsIgnored > 0;
        }
    }

    public SentenceSplitter(TokenizerKind tokenizer, CodingLimits limits) {
        this.tokenizer = tokenizer.newTokenizer();
        this.limits = limits;
    }

    /** Tokens of one short piece of text (a title), as a single pseudo-sentence. */
    public Sentence single(String text, int index) {
        String cut = text.length() > limits.maxSentenceChars() ? text.substring(0, limits.maxSentenceChars()) : text;
        return new Sentence(index, 0, cut.length(), cut, tokens(cut, 0, cut), cut.length() < text.length());
    }

    /** Splits {@code text} from character {@code from} on (the part before is a dateline, or nothing). */
    public Split split(String text, int from) {
        int readable = Math.min(text.length(), limits.maxTextChars());
        int charsIgnored = text.length() - readable;
        String body = text.substring(0, readable);
        List<int[]> spans = repair(body, detector.sentPosDetect(body.substring(from)), from);
        List<Sentence> sentences = new ArrayList<>(Math.min(spans.size(), limits.maxSentences()));
        int cut = 0;
        for (int[] span : spans) {
            if (sentences.size() == limits.maxSentences()) {
                break;
            }
            int start = span[0];
            int end = span[1];
            boolean truncated = end - start > limits.maxSentenceChars();
            if (truncated) {
                end = start + limits.maxSentenceChars();
                while (end > start + limits.maxSentenceChars() / 2 && !Character.isWhitespace(body.charAt(end - 1))) {
                    end--;
                }
                cut++;
            }
            String sentenceText = body.substring(start, end);
            sentences.add(new Sentence(sentences.size(), start, end, sentenceText,
                    tokens(sentenceText, start, body), truncated));
        }
        return new Split(sentences, spans.size() - sentences.size(), cut, charsIgnored);
    }

    private List<Token> tokens(String sentence, int offset, String source) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span span : spans) {
            tokens.add(vocabulary.token(source, offset + span.getStart(), offset + span.getEnd()));
        }
        return tokens;
    }

    /** Detector spans shifted by {@code offset}, with splits after abbreviations undone. */
    private static List<int[]> repair(String text, Span[] detected, int offset) {
        List<int[]> spans = new ArrayList<>(detected.length);
        for (Span span : detected) {
            int start = offset + span.getStart();
            int end = offset + span.getEnd();
            if (!spans.isEmpty() && continuesAfterAbbreviation(text, spans.get(spans.size() - 1), start)) {
                spans.get(spans.size() - 1)[1] = end;
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** True when the text from {@code start} to {@code end} is initials with their dots only: "U.S.", "U.K.". */
    private static boolean initialsAlone(String text, int start, int end) {
        if (end - start > MAX_INITIALS) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isUpperCase(c) && (i + 1 < end && text.charAt(i + 1) == '.');
            if (!letter && !(c == '.' && i > start && Character.isUpperCase(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean continuesAfterAbbreviation(String text, int[] previous, int nextStart) {
        int end = previous[1];
        if (end - previous[0] < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        if (text.substring(previous[1], nextStart).contains("\n")) {
            return false;
        }
        if (initialsAlone(text, previous[0], end)) {
            // "... met Witkoff. U.S. President Donald Trump welcomed it": a sentence of a country's initials alone is
            // the opening of the next one.
            return true;
        }
        int wordStart = end - 1;
        while (wordStart > previous[0] && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end - 1).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        boolean clock = (word.equals("m") && end >= 4 && (text.startsWith("a.m.", end - 4)
                || text.startsWith("p.m.", end - 4)));
        if (clock) {
            int wordEnd = nextStart;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String next = text.substring(nextStart, wordEnd);
            return !next.isEmpty() && (Character.isLowerCase(next.charAt(0))
                    || WEEKDAYS.contains(next.toLowerCase(java.util.Locale.ROOT)));
        }
        return false;
    }
}
