package dev.dyadwatch.enrich;

import java.util.List;

/** The resolved mentions of a test article, as "text -> actor id", for the actor rule tests of any package. */
public final class ArticleMentions {

    private static final ArticleCoder CODER = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    private ArticleMentions() {
    }

    /**
     * Every mention of an article of {@code text} published on {@code day} (ISO date, 08:00 UTC), in text order.
     */
    public static List<String> mentions(String day, String text) {
        return CODER.code(Articles.article(day + "T08:00:00Z", "Report", text)).resolution().allMentions().stream()
                .map(m -> m.text() + " -> " + m.actor().id()).toList();
    }
}
