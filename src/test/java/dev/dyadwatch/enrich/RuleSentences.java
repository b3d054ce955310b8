package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;

import java.util.List;

/**
 * Base of the rule tests: codes sentences written for a test as one article published on a Wednesday
 * (23 October 2024), with the bundled dictionary, and lists its contacts in a form a test reads at a glance.
 */
abstract class RuleSentences {

    static final String WEDNESDAY = "2024-10-23T10:00:00Z";

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    /** The coding of {@code text}. */
    protected ArticleCoding code(String text) {
        return coder.code(article(WEDNESDAY, "Report", text));
    }

    /** Each contact of {@code text} as {@code "DYAD TYPE STATUS"}. */
    protected List<String> keys(String text) {
        return code(text).contacts().stream().map(c -> c.dyad() + " " + c.type() + " " + c.status()).toList();
    }

    /** Each actor the resolution of {@code text} found, as {@code "Name ISO3"}. */
    protected List<String> namedActors(String text) {
        return code(text).resolution().actors().values().stream().map(a -> a.name() + " " + a.country()).toList();
    }

    /** Each contact of {@code text} as {@code "DYAD TYPE"}. */
    protected List<String> pairsAndTypes(String text) {
        return code(text).contacts().stream().map(c -> c.dyad() + " " + c.type()).toList();
    }
}
