package dev.dyadwatch.enrich.text;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory with {@link EndOfSentenceScan} as its scanner. Public, top-level and with a
 * no-argument constructor because OpenNLP re-creates a model's factory from its class name.
 */
public final class EndOfSentenceScanFactory extends SentenceDetectorFactory {

    /** For OpenNLP, which then initialises it from the model it belongs to. */
    public EndOfSentenceScanFactory() {
    }

    EndOfSentenceScanFactory(String language, boolean useTokenEnd, Dictionary abbreviations, char[] enders) {
        super(language, useTokenEnd, abbreviations, enders);
    }

    @Override
    public EndOfSentenceScanner getEndOfSentenceScanner() {
        return new EndOfSentenceScan(getEOSCharacters());
    }
}
