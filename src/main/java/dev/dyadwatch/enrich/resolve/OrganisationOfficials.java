package dev.dyadwatch.enrich.resolve;

import dev.dyadwatch.enrich.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A former national leader who now holds an international office acts for the organisation: "NATO Secretary
 * General Mark Rutte", "Kaja Kallas, the EU foreign policy chief,", "the inauguration of Dilma Rousseff as head of
 * the New Development Bank". The dictionary knows such a person by the national office held before, so the name
 * alone would make a contact between that country and whoever the official meets. When the article names the
 * person with an organisation's title and the person holds none of the dictionary's offices on the article's day,
 * every mention of the person in the article becomes a mention of the organisation.
 */
final class OrganisationOfficials {

    /** Words from the organisation to the head of its title: "EU's incoming foreign policy chief". */
    private static final int TITLE_LOOKAHEAD = 4;

    private OrganisationOfficials() {
    }

    /**
     * Re-reads, in place, the mentions of people named as an organisation's officials.
     *
     * @param tokens each sentence's tokens (the title first)
     * @param mentions each sentence's mentions, in the same order; the lists are changed
     * @param inOffice whether a dictionary person holds an office on the article's day
     */
    static void apply(List<List<Token>> tokens, List<List<Mention>> mentions, Predicate<String> inOffice) {
        Map<String, ActorRef> officials = new HashMap<>();
        for (int s = 0; s < mentions.size(); s++) {
            for (Mention m : mentions.get(s)) {
                if (m.kind() == MentionKind.PERSON && m.actor() != null && !m.actor().id().startsWith("intro:")
                        && m.actor().isPerson() && !officials.containsKey(m.actor().id())
                        && !inOffice.test(m.actor().id())) {
                    ActorRef org = organisationOf(tokens.get(s), mentions.get(s), m);
                    if (org != null) {
                        officials.put(m.actor().id(), org);
                    }
                }
            }
        }
        if (officials.isEmpty()) {
            return;
        }
        for (List<Mention> list : mentions) {
            list.replaceAll(m -> m.actor() == null || !officials.containsKey(m.actor().id()) ? m
                    : new Mention(m.sentence(), m.tokenStart(), m.tokenEnd(), m.charStart(), m.charEnd(), m.text(),
                            MentionKind.ORGANISATION, officials.get(m.actor().id()), null, m.resolution()));
        }
    }

    /** The organisation whose title the person at {@code person} is named with, or null. */
    private static ActorRef organisationOf(List<Token> tokens, List<Mention> mentions, Mention person) {
        // Before the name: "NATO Secretary General Mark Rutte", "NATO's secretary general, Mark Rutte".
        int k = person.tokenStart() - 1;
        if (k >= 0 && tokens.get(k).text().equals(",")) {
            k--;
        }
        while (k >= 0 && (TitleWords.isTitleWord(tokens.get(k)) || TitleWords.isRank(tokens.get(k))
                || tokens.get(k).text().equals("-"))) {
            k--;
        }
        if (k >= 0 && k < person.tokenStart() - 1 && tokens.get(k).isPossessive()) {
            k--;
        }
        Mention before = k >= 0 && k < person.tokenStart() - 1 ? organisationEndingAt(mentions, k + 1) : null;
        if (before != null && TitleWords.at(tokens, before.tokenEnd()) != null
                || before != null && tokens.get(before.tokenEnd()).isPossessive()) {
            return before.actor();
        }
        // After it: ", the EU foreign policy chief", " as head of the New Development Bank".
        int j = person.tokenEnd();
        if (j >= tokens.size() || !tokens.get(j).text().equals(",") && !tokens.get(j).lower().equals("as")) {
            return null;
        }
        j = skipThe(tokens, j + 1);
        Mention after = organisationStartingAt(mentions, j);
        if (after != null) {
            int t = after.tokenEnd();
            if (t < tokens.size() && tokens.get(t).isPossessive()) {
                t++;
            }
            for (int h = t; h < Math.min(tokens.size(), t + TITLE_LOOKAHEAD); h++) {
                if (TitleWords.at(tokens, h) != null) {
                    return after.actor();
                }
            }
            return null;
        }
        TitleWords.Title title = TitleWords.at(tokens, j);
        if (title == null || title.end() >= tokens.size() || !tokens.get(title.end()).lower().equals("of")) {
            return null;
        }
        Mention of = organisationStartingAt(mentions, skipThe(tokens, title.end() + 1));
        return of == null ? null : of.actor();
    }

    private static int skipThe(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).lower().equals("the") ? at + 1 : at;
    }

    private static Mention organisationEndingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.ORGANISATION && m.tokenEnd() == end) {
                return m;
            }
        }
        return null;
    }

    private static Mention organisationStartingAt(List<Mention> mentions, int start) {
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.ORGANISATION && m.tokenStart() == start) {
                return m;
            }
        }
        return null;
    }
}
