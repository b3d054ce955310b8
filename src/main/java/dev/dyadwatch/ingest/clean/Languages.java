package dev.dyadwatch.ingest.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language of an article as an ISO 639-3 code, detected with OpenNLP's language-detection model
 * ({@code langdetect-183.bin} from the {@code opennlp-models-langdetect} jar, 103 languages) or normalised from a
 * code the input declared ("en", "EN-us", "eng" all become "eng").
 *
 * <p>The model is loaded once per JVM from the classpath, on first use (under a second). Detection reads the first
 * {@value #SAMPLE_CHARS} characters of the text: the model's cost grows with the length read while its answer on a
 * sentence or two of news prose is mostly settled; when it is not ({@link #MIN_MARGIN}), a longer stretch is read
 * again. The features are the model's own (the text normalised by the same normalisers as OpenNLP's
 * {@code LanguageDetectorME}, lower-cased, every distinct character 1-, 2- and 3-gram) and the best language is the
 * same as {@code LanguageDetectorME.predictLanguage}'s on the same sample, which a test checks on every labelled
 * paragraph. The n-grams are scored through a {@link LanguageModelIndex} instead of OpenNLP's
 * generator and string-keyed map, which took most of the time of ingesting a JSON line. Thread-safe: the model's
 * parameters are only read.
 */
public final class Languages {

    /** Characters of text the model reads. */
    static final int SAMPLE_CHARS = 160;
    /** Fewer letters than this say too little to name a language. */
    static final int MIN_LETTERS = 20;
    /** Characters read again when the sample gives no clear answer. */
    static final int LONG_SAMPLE_CHARS = 1_000;
    /**
     * How far ahead of the runner-up (the log of the ratio of their probabilities) the best language must be for
     * the sample's answer to stand. On a headline or an opening full of names the model often puts English behind
     * Latin, Spanish, Waray or Minangkabau ("Scholz last visited India in September 2023." reads as Latin, 0.13
     * ahead; an opening on Petro, Maduro and the Miraflores palace as Spanish, 0.17 ahead). Of the gold set's 332
     * English titles and openings, 38 get a wrong answer and none leads by more than 0.29; 11 of 22 short sentences
     * written in twelve other languages lead by 0.39 to 0.90. Below the margin a longer text is read again over
     * {@value #LONG_SAMPLE_CHARS} characters, and a text no longer than the sample is left unknown rather than
     * guessed, so that enrich judges it by its words.
     */
    static final double MIN_MARGIN = 0.35;
    private static final String ENGLISH = "eng";

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** The normalisers of OpenNLP's LanguageDetectorFactory, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private Languages() {
    }

    /** The model, loaded once. */
    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();
        static final MaxentModel MAXENT = MODEL.getMaxentModel();
        static final LanguageModelIndex INDEX = LanguageModelIndex.of(MAXENT);

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new MissingResourceException("OpenNLP language model " + MODEL_RESOURCE
                            + " is not on the classpath (opennlp-models-langdetect)", Languages.class.getName(),
                            MODEL_RESOURCE);
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load OpenNLP language model " + MODEL_RESOURCE, e);
            }
        }
    }

    /**
     * The most likely language of {@code text}, or empty when it has too few letters to tell, or when a text no
     * longer than the sample gives no clear answer ({@link #MIN_MARGIN}).
     */
    public static Optional<String> detect(String text) {
        String sample = sample(text);
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        LanguageModelIndex.Guess guess = ModelHolder.INDEX.guess(normalizedLowerCase(sample));
        if (!guess.language().equals(ENGLISH) && EnglishWords.dominate(sample)) {
            // "Prime Minister Narendra Modi and President Vladimir Putin held a telephone conversation." reads
            // as Latin, clearly enough to stand: the names outweigh the few words of the language.
            return Optional.of(ENGLISH);
        }
        if (guess.margin() >= MIN_MARGIN) {
            return Optional.of(guess.language());
        }
        if (text.length() <= SAMPLE_CHARS) {
            return Optional.empty();
        }
        return Optional.of(ModelHolder.INDEX.best(normalizedLowerCase(sample(text, LONG_SAMPLE_CHARS))));
    }

    /** The model's best language for exactly {@code sample}, as OpenNLP's detector would answer. */
    static String bestOf(String sample) {
        return ModelHolder.INDEX.best(normalizedLowerCase(sample));
    }

    /** The text as the model sees it: OpenNLP's normalisers applied, then lower-cased code point by code point. */
    private static String normalizedLowerCase(CharSequence text) {
        CharSequence normalized = NORMALIZER.normalize(text);
        StringBuilder lower = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        return lower.toString();
    }

    /** The model's features of {@code text}: distinct character 1- to 3-grams of its normalised, lower-cased form. */
    static String[] features(CharSequence text) {
        String chars = normalizedLowerCase(text);
        Set<String> grams = new HashSet<>(chars.length() * 4);
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= chars.length(); i++) {
                grams.add(chars.substring(i, i + n));
            }
        }
        return grams.toArray(new String[0]);
    }

    /** Loads the model now rather than on the first article. */
    public static void warmUp() {
        ModelHolder.MAXENT.getNumOutcomes();
    }

    /** The OpenNLP model, for tests that compare with OpenNLP's own detector. */
    static LanguageDetectorModel model() {
        return ModelHolder.MODEL;
    }

    /** A declared language as ISO 639-3 ("en", "en-US", "eng", "English" give "eng"); empty when not a language. */
    public static Optional<String> normalize(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String tag = declared.strip().replace('_', '-');
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 3 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.of(primary);
        }
        if (primary.length() == 2) {
            try {
                String iso3 = Locale.forLanguageTag(primary).getISO3Language();
                return iso3.isEmpty() ? Optional.empty() : Optional.of(iso3);
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        }
        for (Locale locale : Locale.getAvailableLocales()) {
            if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(tag)) {
                return Optional.of(locale.getISO3Language());
            }
        }
        return Optional.empty();
    }

    static String sample(String text) {
        return sample(text, SAMPLE_CHARS);
    }

    /** The text's first {@code chars} characters, cut at a space when one is in the second half. */
    private static String sample(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int end = text.lastIndexOf(' ', chars);
        return text.substring(0, end > chars / 2 ? end : chars);
    }
}
