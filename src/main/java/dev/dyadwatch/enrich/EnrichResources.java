package dev.dyadwatch.enrich;

import dev.dyadwatch.enrich.code.TriggerLexicon;
import dev.dyadwatch.enrich.dictionary.ActorDictionary;
import dev.dyadwatch.enrich.match.ActorIndex;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every coder of a JVM shares, built once: the compiled actor dictionary and the trigger lexicon (the
 * OpenNLP models are shared through {@link dev.dyadwatch.enrich.text.TextModels}). Coders themselves, which hold
 * OpenNLP's non-thread-safe ME classes, are made per thread with {@link #newCoder}.
 */
public final class EnrichResources {

    /** Version of the coding rules, carried in every enriched article with the dictionary's date. */
    public static final String CODER_VERSION = "enrich-1";

    private static final Map<DictionarySource, EnrichResources> SHARED = new ConcurrentHashMap<>();

    private final ActorIndex index;
    private final TriggerLexicon triggers;
    private final TokenizerKind tokenizer;
    private final String version;

    private EnrichResources(ActorDictionary dictionary, TokenizerKind tokenizer) {
        this.index = ActorIndex.build(dictionary, tokenizer);
        this.triggers = TriggerLexicon.build(tokenizer);
        this.tokenizer = tokenizer;
        this.version = CODER_VERSION + "/dictionary-" + (dictionary.asOf() == null ? "undated" : dictionary.asOf())
                + "/" + tokenizer.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The resources for a dictionary source, built on first use and then shared by the whole JVM. */
    public static EnrichResources shared(DictionarySource source) {
        return SHARED.computeIfAbsent(source, s -> new EnrichResources(s.load(), TokenizerKind.NEWS));
    }

    /** Resources for a given dictionary and tokenizer, not shared (tests, benchmarks, tokenizer comparison). */
    public static EnrichResources of(ActorDictionary dictionary, TokenizerKind tokenizer) {
        return new EnrichResources(dictionary, tokenizer);
    }

    /** A coder for the calling thread. */
    public ArticleCoder newCoder(CodingLimits limits) {
        return new ArticleCoder(this, limits);
    }

    public ActorIndex index() {
        return index;
    }

    public TriggerLexicon triggers() {
        return triggers;
    }

    public TokenizerKind tokenizer() {
        return tokenizer;
    }

    /** The coder and dictionary version, e.g. {@code enrich-1/dictionary-2025-06-30/news}. */
    public String version() {
        return version;
    }
}
