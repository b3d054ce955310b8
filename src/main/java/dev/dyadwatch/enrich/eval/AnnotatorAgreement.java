package dev.dyadwatch.enrich.eval;

import dev.dyadwatch.avro.ContactStatus;
import dev.dyadwatch.avro.ContactType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreement between two annotations of the same articles: the second is scored against the first with the
 * matching the coder's evaluation uses ({@link ContactMatching}, {@link ActorMatching}), so that the figures
 * can be read beside the coder's. Precision is the share of the second reader's items the first also has,
 * recall the share of the first's the second also has; F1 does not depend on which reader comes first.
 *
 * <p>Articles are paired by id; both folders must hold the same articles with the same text.
 */
public final class AnnotatorAgreement {

    private AnnotatorAgreement() {
    }

    /**
     * The figures over the articles both annotations hold.
     *
     * @param articles articles compared
     * @param actors actors on name, then country
     * @param contacts contacts on dyad + type, one to one per article
     * @param contactsWithStatus contacts on dyad + type + status
     * @param datesMatched paired contacts (with status) whose date and granularity agree
     * @param datesCompared paired contacts (with status)
     * @param differences each item one reader has and the other has not, prefixed with the article id
     */
    public record Report(int articles, Score actors, Score contacts, Score contactsWithStatus, int datesMatched,
            int datesCompared, List<String> differences) {

        public Report {
            differences = List.copyOf(differences);
        }

        public double dateAgreement() {
            return datesCompared == 0 ? 1.0 : (double) datesMatched / datesCompared;
        }
    }

    /** Compares {@code second} with {@code first}; fails when their articles differ or none is shared. */
    public static Report compare(List<GoldSet.Entry> first, List<GoldSet.Entry> second) {
        Map<String, GoldSet.Entry> one = byId(first, "first");
        Map<String, GoldSet.Entry> two = byId(second, "second");
        Set<String> onlyFirst = new TreeSet<>(one.keySet());
        onlyFirst.removeAll(two.keySet());
        Set<String> onlySecond = new TreeSet<>(two.keySet());
        onlySecond.removeAll(one.keySet());
        if (onlyFirst.size() == one.size()) {
            throw new IllegalArgumentException("the two annotations have no article in common");
        }
        if (!onlyFirst.isEmpty() || !onlySecond.isEmpty()) {
            throw new IllegalArgumentException("articles annotated once only: in the first only " + onlyFirst
                    + ", in the second only " + onlySecond);
        }
        Score actors = Score.ZERO;
        Score contacts = Score.ZERO;
        Score withStatus = Score.ZERO;
        int datesMatched = 0;
        int datesCompared = 0;
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, GoldSet.Entry> entry : one.entrySet()) {
            GoldArticle a = entry.getValue().article();
            GoldArticle b = two.get(entry.getKey()).article();
            if (!a.paragraphs().equals(b.paragraphs()) || !a.title().equals(b.title())) {
                throw new IllegalArgumentException("article " + a.id() + " has another text in "
                        + two.get(entry.getKey()).file() + " than in " + entry.getValue().file());
            }
            actors = actors.plus(ActorMatching.match(a.id(), a.actors(), candidates(b), differences));
            ContactMatching.Outcome<GoldArticle.GoldContact> outcome;
            try {
                outcome = ContactMatching.match(a.id(), CodingEvaluation.expected(a), b.contacts(),
                        AnnotatorAgreement::found);
            } catch (IllegalArgumentException e) {
                // A type or status that is no ContactType or ContactStatus name.
                throw new IllegalArgumentException("article " + a.id() + " in " + entry.getValue().file() + " or "
                        + two.get(entry.getKey()).file() + ": " + e.getMessage(), e);
            }
            contacts = contacts.plus(outcome.contacts());
            withStatus = withStatus.plus(outcome.withStatus());
            differences.addAll(outcome.mistakes());
            for (ContactMatching.Pair<GoldArticle.GoldContact> pair : outcome.pairs()) {
                datesCompared++;
                if (pair.expected().dateAgrees(found(pair.coded()))) {
                    datesMatched++;
                } else {
                    differences.add(a.id() + ": date of " + pair.expected().label(true) + ": first "
                            + pair.expected().date() + " " + pair.expected().granularity() + ", second "
                            + pair.coded().date() + " " + pair.coded().granularity());
                }
            }
        }
        return new Report(one.size(), actors, contacts, withStatus, datesMatched, datesCompared, differences);
    }

    private static Map<String, GoldSet.Entry> byId(List<GoldSet.Entry> entries, String which) {
        Map<String, GoldSet.Entry> byId = new LinkedHashMap<>();
        for (GoldSet.Entry e : entries) {
            GoldSet.Entry before = byId.putIfAbsent(e.article().id(), e);
            if (before != null) {
                throw new IllegalArgumentException("the " + which + " annotation holds article " + e.article().id()
                        + " twice: " + before.file() + " and " + e.file());
            }
        }
        return byId;
    }

    /** The second reader's actors, known by the names and aka that reader wrote down. */
    private static List<ActorMatching.Candidate> candidates(GoldArticle article) {
        List<ActorMatching.Candidate> found = new ArrayList<>();
        for (int i = 0; i < article.actors().size(); i++) {
            GoldArticle.GoldActor actor = article.actors().get(i);
            Set<String> names = new HashSet<>();
            names.add(ActorMatching.normalise(actor.name()));
            actor.aka().forEach(n -> names.add(ActorMatching.normalise(n)));
            found.add(new ActorMatching.Candidate(i + " " + actor.name(), actor.name(), actor.country(), names,
                    Set.of()));
        }
        return found;
    }

    private static ContactMatching.Found found(GoldArticle.GoldContact c) {
        return new ContactMatching.Found(c.dyad(), ContactType.valueOf(c.type()),
                ContactStatus.valueOf(c.status()), c.date(), c.granularity());
    }
}
