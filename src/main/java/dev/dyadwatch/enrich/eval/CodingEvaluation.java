package dev.dyadwatch.enrich.eval;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.enrich.dictionary.OfficeTerm;
import dev.dyadwatch.enrich.match.ActorIndex;
import dev.dyadwatch.enrich.resolve.ActorRef;
import dev.dyadwatch.enrich.resolve.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the coder with the gold set: actor to country, and contacts per article on dyad + type (and on
 * dyad + type + status), plus the share of matched contacts whose date and granularity agree.
 *
 * <p>An expected actor is found when a coded actor answers to one of its names (the actor's canonical name or
 * dictionary spellings, or the words of one of its mentions) and has the same country. Only actors the text
 * names are scored: people, countries, governments named by their capitals, organisations; unnamed groups
 * ("Russian officials") and offices with no known holder are measured through the contacts alone.
 */
public final class CodingEvaluation {

    private final ArticleCoder coder;
    private final ActorIndex index;

    public CodingEvaluation(ArticleCoder coder, ActorIndex index) {
        this.coder = coder;
        this.index = index;
    }

    /** The figures over a set of articles, and what went wrong in each. */
    public record Report(int articles, int sentences, Score actors, Score contacts, Score contactsWithStatus,
            int datesMatched, int datesCompared, List<String> mistakes) {

        public double dateAccuracy() {
            return datesCompared == 0 ? 1.0 : (double) datesMatched / datesCompared;
        }
    }

    /** Codes every article and scores it. */
    public Report evaluate(List<GoldSet.Entry> gold) {
        Score actors = Score.ZERO;
        Score contacts = Score.ZERO;
        Score withStatus = Score.ZERO;
        int datesMatched = 0;
        int datesCompared = 0;
        int sentences = 0;
        List<String> mistakes = new ArrayList<>();
        for (GoldSet.Entry entry : gold) {
            GoldArticle article = entry.article();
            ArticleCoding coding = coder.code(article.toRawArticle(entry.file().toString()));
            sentences += coding.sentences().size() + 1;
            actors = actors.plus(scoreActors(article, coding, mistakes));
            List<ContactMatching.Expected> expected = expected(article);
            ContactMatching.Outcome<CodedContact> outcome =
                    ContactMatching.match(article.id(), expected, coding.contacts());
            contacts = contacts.plus(outcome.contacts());
            withStatus = withStatus.plus(outcome.withStatus());
            mistakes.addAll(outcome.mistakes());
            for (ContactMatching.Pair<CodedContact> pair : outcome.pairs()) {
                datesCompared++;
                if (pair.expected().dateAgrees(pair.coded())) {
                    datesMatched++;
                } else {
                    mistakes.add(article.id() + ": date of " + pair.expected().label(true) + ": expected "
                            + pair.expected().date() + " " + pair.expected().granularity() + ", coded "
                            + pair.coded().date().start() + " " + pair.coded().date().granularity());
                }
            }
        }
        return new Report(gold.size(), sentences, actors, contacts, withStatus, datesMatched, datesCompared, mistakes);
    }

    private Score scoreActors(GoldArticle article, ArticleCoding coding, List<String> mistakes) {
        Map<String, Set<String>> written = new LinkedHashMap<>();
        Map<String, ActorRef> coded = new LinkedHashMap<>();
        for (Mention m : coding.resolution().allMentions()) {
            if (m.actor() == null || !m.isNamed()) {
                continue;
            }
            coded.putIfAbsent(m.actor().id(), m.actor());
            written.computeIfAbsent(m.actor().id(), id -> new HashSet<>(Set.of(normalise(m.actor().name()))))
                    .add(normalise(m.text()));
        }
        List<ActorMatching.Candidate> found = new ArrayList<>();
        for (ActorRef actor : coded.values()) {
            found.add(new ActorMatching.Candidate(actor.id(), actor.name(), actor.country(), written.get(actor.id()),
                    spellings(actor)));
        }
        return ActorMatching.match(article.id(), article.actors(), found, mistakes);
    }

    /** The first annotation's contacts of an article, as the matching expects them. */
    static List<ContactMatching.Expected> expected(GoldArticle article) {
        List<ContactMatching.Expected> expected = new ArrayList<>();
        for (GoldArticle.GoldContact c : article.contacts()) {
            expected.add(new ContactMatching.Expected(c.dyad(), ContactType.valueOf(c.type()),
                    ContactStatus.valueOf(c.status()), Set.of(), c.date(), c.granularity()));
        }
        return expected;
    }

    /** The names the dictionary knows an actor by: a person's spellings, a country's names, a government's seats. */
    private Set<String> spellings(ActorRef actor) {
        Set<String> all = new HashSet<>();
        all.add(normalise(actor.name()));
        for (OfficeTerm term : index.terms(actor.id())) {
            all.add(normalise(term.name()));
            term.aliases().forEach(a -> all.add(normalise(a)));
        }
        index.country(actor.country() == null ? "" : actor.country()).ifPresent(country -> {
            List<String> names = new ArrayList<>();
            if (actor.id().equals(country.iso3())) {
                names.add(country.name());
                names.addAll(country.aliases());
                names.addAll(country.adjectives());
                names.addAll(country.pairForms());
            } else if (actor.id().equals(country.governmentActorId())) {
                names.addAll(country.capitals());
            }
            names.forEach(n -> all.add(normalise(n)));
        });
        index.organisation(actor.id()).ifPresent(org -> {
            all.add(normalise(org.acronym()));
            all.add(normalise(org.name()));
            org.aliases().forEach(a -> all.add(normalise(a)));
        });
        return all;
    }

    static String normalise(String name) {
        return ActorMatching.normalise(name);
    }
}
