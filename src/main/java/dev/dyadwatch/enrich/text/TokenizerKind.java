package dev.dyadwatch.enrich.text;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * The tokenizers enrich can run, compared on speed (JMH) and on the gold set. {@link #NEWS} is the default: it
 * was the fastest and scored highest (see the README's figures); the others stay selectable for comparison.
 */
public enum TokenizerKind {
    /** {@link NewsTokenizer}: letters and digits in runs, every other character a token. */
    NEWS,
    /** OpenNLP's {@code SimpleTokenizer}: splits where the character class changes. */
    SIMPLE,
    /** OpenNLP's {@code WhitespaceTokenizer}: splits on white space only. */
    WHITESPACE,
    /** OpenNLP's maximum-entropy {@code TokenizerME} over the English UD model. */
    MAXENT;

    /** A tokenizer of this kind for the calling thread (only {@link #MAXENT} makes a new, unshared instance). */
    public Tokenizer newTokenizer() {
        return switch (this) {
            case NEWS -> NewsTokenizer.INSTANCE;
            case SIMPLE -> SimpleTokenizer.INSTANCE;
            case WHITESPACE -> WhitespaceTokenizer.INSTANCE;
            case MAXENT -> new TokenizerME(TextModels.tokens());
        };
    }
}
