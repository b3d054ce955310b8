package dev.dyadwatch.enrich.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Finds the characters where a sentence may end ("." "?" "!"...) for OpenNLP's sentence detector, which then asks
 * its model about each. OpenNLP's own scanner boxes every character of the text to look it up in a hash set, a
 * tenth of the time enrich spends on an article; this one reads a table. It finds the same positions, so the
 * detector splits exactly as before ({@code EndOfSentenceScanTest}).
 */
public final class EndOfSentenceScan implements EndOfSentenceScanner {

    private final char[] enders;
    private final boolean[] ascii = new boolean[128];
    private final boolean anyBeyondAscii;

    EndOfSentenceScan(char[] enders) {
        this.enders = enders.clone();
        boolean beyond = false;
        for (char c : enders) {
            if (c < 128) {
                ascii[c] = true;
            } else {
                beyond = true;
            }
        }
        this.anyBeyondAscii = beyond;
    }

    /**
     * The same model with this scanner in its factory: the model's maximum-entropy weights, abbreviations and
     * end characters are shared, nothing is copied or re-read.
     */
    static SentenceModel over(SentenceModel model) {
        // OpenNLP re-creates a model's factory by class name, only from packages it was told to trust.
        ExtensionLoader.registerAllowedPackage(EndOfSentenceScanFactory.class.getPackageName());
        SentenceDetectorFactory loaded = model.getFactory();
        SentenceDetectorFactory factory = new EndOfSentenceScanFactory(loaded.getLanguageCode(), loaded.isUseTokenEnd(),
                loaded.getAbbreviationDictionary(), loaded.getEOSCharacters());
        return new SentenceModel(model.getLanguage(), model.getMaxentModel(), new HashMap<>(), factory);
    }

    @Override
    public Set<Character> getEOSCharacters() {
        Set<Character> set = new LinkedHashSet<>();
        for (char c : enders) {
            set.add(c);
        }
        return Collections.unmodifiableSet(set);
    }

    @Override
    public List<Integer> getPositions(CharSequence text) {
        if (text instanceof String string) {
            // The detector hands over the article as a String: a loop over its chars copied to an array runs
            // several times faster than charAt through the CharSequence interface (EnrichExtractionBench).
            return getPositions(string.toCharArray());
        }
        List<Integer> positions = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (isEnder(text.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }

    @Override
    public List<Integer> getPositions(StringBuffer text) {
        return getPositions((CharSequence) text);
    }

    @Override
    public List<Integer> getPositions(char[] text) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (isEnder(text[i])) {
                positions.add(i);
            }
        }
        return positions;
    }

    private boolean isEnder(char c) {
        if (c < 128) {
            return ascii[c];
        }
        if (anyBeyondAscii) {
            for (char e : enders) {
                if (e == c) {
                    return true;
                }
            }
        }
        return false;
    }
}
