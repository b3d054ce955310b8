package dev.dyadwatch.enrich.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of one article: every mention, sentence by sentence, and the distinct actors they resolve to.
 *
 * @param titleMentions mentions in the title
 * @param sentenceMentions mentions of each body sentence, in sentence order, each list in text order
 * @param pairReferences for each body sentence, the token positions of phrases that refer back to a pair
 *     ("the two leaders", "both sides")
 * @param actors the distinct actors, by id, in order of first mention
 */
public record Resolution(List<Mention> titleMentions, List<List<Mention>> sentenceMentions,
        List<List<Integer>> pairReferences, Map<String, ActorRef> actors) {

    public Resolution {
        titleMentions = List.copyOf(titleMentions);
        sentenceMentions = sentenceMentions.stream().map(List::copyOf).toList();
        pairReferences = pairReferences.stream().map(List::copyOf).toList();
        actors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actors));
    }

    /** Every mention, title first, in text order. */
    public List<Mention> allMentions() {
        List<Mention> all = new java.util.ArrayList<>(titleMentions);
        sentenceMentions.forEach(all::addAll);
        return all;
    }
}
