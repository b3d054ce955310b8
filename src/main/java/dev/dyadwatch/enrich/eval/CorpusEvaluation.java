package dev.dyadwatch.enrich.eval;

import dev.dyadwatch.avro.RawArticle;
import dev.dyadwatch.enrich.ArticleCoder;
import dev.dyadwatch.enrich.ArticleCoding;
import dev.dyadwatch.enrich.code.CodedContact;
import dev.dyadwatch.ingest.ArticleInputs;
import dev.dyadwatch.ingest.ArticleSink;
import dev.dyadwatch.ingest.InputFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the coder on an article corpus that comes with a ground truth in the sample corpus's format (such as the
 * bundled sample corpus): every article file the truth names is read the way ingest reads it
 * ({@link ArticleInputs}: HTML pages, scraped text, JSON Lines), coded, and compared with the truth.
 *
 * <p>Contacts are matched per article on dyad + type (and dyad + type + status), a coded contact of one of an
 * expected contact's {@code alsoAcceptable} types answering for it. Dates are compared with the date the sentence
 * itself names ({@code textDate}); contacts whose sentence names none that a date can be drawn from ("days after")
 * are left out of that comparison. A planted distractor is counted as taken when a contact was coded for its pair
 * from its sentence and matches no expected contact.
 */
public final class CorpusEvaluation {

    private final ArticleCoder coder;

    public CorpusEvaluation(ArticleCoder coder) {
        this.coder = coder;
    }

    /**
     * The figures over a corpus.
     *
     * @param articles articles in the truth
     * @param read articles read from their files and matched with the truth
     * @param sentences sentences coded, titles included
     * @param languageRight articles coded, or passed through uncoded, as the truth says
     * @param contacts score on dyad + type
     * @param contactsWithStatus score on dyad + type + status
     * @param datesMatched matched contacts whose date and granularity agree with the sentence's
     * @param datesCompared matched contacts whose sentence names a date
     * @param peopleMatched named people of matched contacts coded as the same dictionary person
     * @param peopleCompared named people (dictionary ids in the truth) of matched contacts
     * @param distractors planted distractors
     * @param distractorsTaken distractors coded as a contact
     * @param mistakes what went wrong, article by article
     */
    public record Report(int articles, int read, int sentences, int languageRight, Score contacts,
            Score contactsWithStatus, int datesMatched, int datesCompared, int peopleMatched, int peopleCompared,
            int distractors, int distractorsTaken, List<String> mistakes) {

        public double dateAccuracy() {
            return datesCompared == 0 ? 1.0 : (double) datesMatched / datesCompared;
        }
    }

    /** Reads, codes and scores every article of the corpus in {@code folder}. */
    public Report evaluate(Path folder, ArticleInputs inputs) {
        CorpusTruth truth = CorpusTruth.read(folder);
        Map<String, CorpusTruth.Article> byOrigin = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (CorpusTruth.Article article : truth.articles()) {
            String file = folder.resolve(article.file()).toString();
            byOrigin.put(article.line() > 0 ? file + ":" + article.line() : file, article);
            if (!files.contains(file)) {
                files.add(file);
            }
        }
        Tally tally = new Tally(byOrigin);
        inputs.read(files, tally);
        for (CorpusTruth.Article missing : byOrigin.values()) {
            if (!tally.seen.containsKey(missing.id())) {
                tally.mistakes.add(missing.id() + ": not read from " + missing.file()
                        + (missing.line() > 0 ? ":" + missing.line() : ""));
            }
        }
        return new Report(truth.articles().size(), tally.seen.size(), tally.sentences, tally.languageRight,
                tally.contacts, tally.withStatus, tally.datesMatched, tally.datesCompared, tally.peopleMatched,
                tally.peopleCompared, tally.distractors, tally.distractorsTaken, tally.mistakes);
    }

    /** Codes and scores each article as it is read. */
    private final class Tally implements ArticleSink {
        private final Map<String, CorpusTruth.Article> byOrigin;
        private final Map<String, Boolean> seen = new HashMap<>();
        private final List<String> mistakes = new ArrayList<>();
        private Score contacts = Score.ZERO;
        private Score withStatus = Score.ZERO;
        private int sentences;
        private int languageRight;
        private int datesMatched;
        private int datesCompared;
        private int peopleMatched;
        private int peopleCompared;
        private int distractors;
        private int distractorsTaken;

        Tally(Map<String, CorpusTruth.Article> byOrigin) {
            this.byOrigin = byOrigin;
        }

        @Override
        public void accept(RawArticle raw) {
            CorpusTruth.Article article = byOrigin.get(raw.getOrigin());
            if (article == null) {
                mistakes.add(raw.getOrigin() + ": read an article the truth does not list");
                return;
            }
            seen.put(article.id(), Boolean.TRUE);
            ArticleCoding coding = coder.code(raw);
            sentences += coding.sentences().size() + 1;
            if (coding.coded() == article.coded()) {
                languageRight++;
            } else {
                mistakes.add(article.id() + ": " + (article.coded() ? "not coded: " + coding.notes()
                        : "coded, but its language is not English"));
            }
            List<ContactMatching.Expected> expected = new ArrayList<>();
            for (CorpusTruth.Contact c : article.contacts()) {
                boolean dated = c.textDate() != null && !"UNKNOWN".equals(c.granularity());
                expected.add(new ContactMatching.Expected(c.dyad(), c.type(), c.status(), c.alsoAcceptable(),
                        dated ? c.textDate() : null, dated ? c.granularity() : null));
            }
            ContactMatching.Outcome<CodedContact> outcome =
                    ContactMatching.match(article.id(), expected, coding.contacts());
            contacts = contacts.plus(outcome.contacts());
            withStatus = withStatus.plus(outcome.withStatus());
            mistakes.addAll(outcome.mistakes());
            for (ContactMatching.Pair<CodedContact> pair : outcome.pairs()) {
                scoreDate(article.id(), pair);
                CorpusTruth.Contact c = article.contacts().get(pair.index());
                for (String person : c.personIds()) {
                    peopleCompared++;
                    if (person.equals(pair.coded().actorA().id()) || person.equals(pair.coded().actorB().id())) {
                        peopleMatched++;
                    } else {
                        mistakes.add(article.id() + ": " + pair.expected().label(true) + " without " + person
                                + ": coded " + pair.coded().actorA().id() + " and " + pair.coded().actorB().id());
                    }
                }
            }
            for (CorpusTruth.Distractor d : article.distractors()) {
                distractors++;
                if (outcome.extra().stream().anyMatch(x -> x.dyad().equals(d.dyad())
                        && sameWords(coding.sentences().get(x.sentenceIndex()).text(), d.sentence()))) {
                    distractorsTaken++;
                    mistakes.add(article.id() + ": took the " + d.kind() + " distractor " + d.dyad()
                            + " for a contact");
                }
            }
        }

        private static boolean sameWords(String a, String b) {
            return a.replaceAll("\\s+", " ").strip().equals(b.replaceAll("\\s+", " ").strip());
        }

        private void scoreDate(String id, ContactMatching.Pair<CodedContact> pair) {
            if (pair.expected().date() == null) {
                return;
            }
            datesCompared++;
            if (pair.expected().dateAgrees(pair.coded())) {
                datesMatched++;
            } else {
                mistakes.add(id + ": date of " + pair.expected().label(true) + ": expected " + pair.expected().date()
                        + " " + pair.expected().granularity() + ", coded " + pair.coded().date().start() + " "
                        + pair.coded().date().granularity());
            }
        }

        @Override
        public void reject(InputFailure failure) {
            mistakes.add(failure.origin() + ": not read: " + failure.reason());
        }
    }
}
