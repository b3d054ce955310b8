package dev.dyadwatch.enrich.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models enrich uses, loaded once per JVM from the model jars on the classpath (each {@code .bin}
 * sits at its jar's root). Models are immutable and shared by every thread; the ME classes that use them are not
 * thread-safe and are made per thread by {@link SentenceSplitter} and {@link TokenizerKind}. The language model is
 * ingest's ({@link dev.dyadwatch.ingest.clean.Languages}), which {@link LanguageGate} shares. Nothing here ever
 * downloads a model.
 */
public final class TextModels {

    /** English sentence model of {@code opennlp-models-sentdetect-en}. */
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** English tokenizer model of {@code opennlp-models-tokenizer-en}. */
    public static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private TextModels() {
    }

    /** The sentence model, loaded on first use. */
    public static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    /** The sentence model with enrich's end-of-sentence scanner (see {@link EndOfSentenceScan}). */
    static SentenceModel sentencesForDetection() {
        return Sentences.DETECTION;
    }

    /** The tokenizer model, loaded on first use. */
    public static TokenizerModel tokens() {
        return Tokens.MODEL;
    }

    private static InputStream open(String resource) {
        InputStream in = TextModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; the "
                    + "opennlp-models-* jars must be dependencies of dyadwatch");
        }
        return in;
    }

    /** Holder idiom: each model is read the first time it is asked for, exactly once. */
    private static final class Sentences {
        static final SentenceModel MODEL;
        static final SentenceModel DETECTION;

        static {
            try (InputStream in = open(SENTENCE_MODEL)) {
                MODEL = new SentenceModel(in);
                DETECTION = EndOfSentenceScan.over(MODEL);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SENTENCE_MODEL, e);
            }
        }
    }

    private static final class Tokens {
        static final TokenizerModel MODEL;

        static {
            try (InputStream in = open(TOKENIZER_MODEL)) {
                MODEL = new TokenizerModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TOKENIZER_MODEL, e);
            }
        }
    }
}
