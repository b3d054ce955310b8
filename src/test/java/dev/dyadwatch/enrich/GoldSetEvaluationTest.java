package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.eval.CodingEvaluation;
import dev.dyadwatch.enrich.eval.GoldSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coder against the gold set (targets: actor-to-country F1 0.95, contact F1 0.85 on dyad + type): each part and
 * the whole set are guarded against regressions below the figures they were measured at. The held-out sets, never
 * used to change the coder, are reported separately; their floors are never raised.
 */
class GoldSetEvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/dev/dyadwatch/enrich/gold");

    private final EnrichResources resources = EnrichResources.shared(DictionarySource.BUNDLED);
    private final CodingEvaluation evaluation = new CodingEvaluation(resources.newCoder(CodingLimits.DEFAULT),
            resources.index());

    private CodingEvaluation.Report evaluate(String name, List<GoldSet.Entry> gold) {
        CodingEvaluation.Report report = evaluation.evaluate(gold);
        System.out.printf("%s: %d articles%n  actors   %s%n  contacts %s%n  status   %s%n  dates    %.3f%n", name,
                report.articles(), report.actors(), report.contacts(), report.contactsWithStatus(),
                report.dateAccuracy());
        return report;
    }

    /** Scores one part of the gold set and checks its size and its floors. */
    private void assertPart(String part, int articles, double actorFloor, double contactFloor) {
        CodingEvaluation.Report report = evaluate(part, GoldSet.read(GOLD.resolve(part)));
        assertThat(report.articles()).isEqualTo(articles);
        assertThat(report.actors().f1()).isGreaterThanOrEqualTo(actorFloor);
        assertThat(report.contacts().f1()).isGreaterThanOrEqualTo(contactFloor);
    }

    @Test
    void shouldMeetTheTargetsOnTheDevelopmentArticles() {
        CodingEvaluation.Report report = evaluate("dev", GoldSet.read(GOLD.resolve("dev")));
        assertThat(report.articles()).isGreaterThanOrEqualTo(36);
        assertThat(report.actors().f1()).isGreaterThanOrEqualTo(0.95);
        // The target is 0.85; the coder stands at 0.974 (0.970 before the round of visits named by "by ... to").
        assertThat(report.contacts().f1()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void shouldHoldTheSecondDevelopmentSetFigures() {
        // dev-2, written before the coder was run on it and then used to change it: contacts 0.767 on the first
        // run (with the annotation corrected), 0.846 after the rules it led to, 0.909 after the next round
        // (relative dates, visits without a verb of travel, virtual summits, meals of three, meetings at a summit).
        assertPart("dev-2", 16, 0.93, 0.88);
    }

    @Test
    void shouldHoldTheThirdDevelopmentSetFigures() {
        // dev-3, scored blind at 0.725 as heldout-3, held out for three rounds and turned into a development set
        // at 0.743 (contacts, dyad + type); 0.794 after the rules of the round that followed, 0.820 after the
        // next (rounds of talks, offices "of A and B", capitals inside an event's name), 0.845 after the round on
        // earlier occasions ("last visited", "which he visited", "they" for the pair).
        assertPart("dev-3", 17, 0.95, 0.84);
    }

    @Test
    void shouldHoldTheFourthDevelopmentSetFigures() {
        // dev-4, scored blind at 0.651 as heldout-5 (actors 0.924), 0.655 after one more round developed on the
        // other sets, then turned into a development set; 0.707 after its first round as one (plans called off
        // later in the sentence, visitors "expected in" a capital, trilateral meetings "with" two others, titles
        // used bare after an introduction; actors 0.943 with people introduced by office and country); 0.743 after
        // the next (meetings at a summit the article named earlier, calls told by their order); 0.815 after the
        // next (a third country's host of the pair, passive signings, "take him to", a repeated "and with"), one
        // hosting re-annotated; 0.827 after the round on earlier occasions and a bare title read as the person of
        // its office named before it; 0.821 once "21-22 June" dates a visit by its first day (a plan read from
        // "at the invitation of" had matched by its date).
        assertPart("dev-4", 18, 0.94, 0.82);
    }

    @Test
    void shouldHoldTheFifthDevelopmentSetFigures() {
        // dev-5, scored blind at 0.676 as heldout-6 (P 0.760, R 0.608; actors 0.929), still 0.676 after one more
        // round developed on the other sets, then turned into a development set; 0.789 (P 0.878, R 0.717; actors
        // 0.934) after its first round as one (present-tense trips on a named day, "and then to", withheld
        // details, "the Amir", a readout's "Head of State", signings "during" a visit, plans called off after
        // ", but", names called, "US dollars", imagined states, "prepared to meet"); 0.813 (P 0.899, R 0.742;
        // actors 0.937) after the next ("the kingdom", contacts that resumed, the legs of a planned tour).
        assertPart("dev-5", 18, 0.93, 0.80);
    }

    @Test
    void shouldHoldTheWholeGoldSetFigures() {
        // All ten parts (184 articles): contacts F1 0.805 (P 0.862, R 0.754), actors 0.954. The contact target,
        // 0.85, is NOT met on the whole set: it held on the eight parts before heldout-7 (0.859), and new writers'
        // articles score far lower (heldout-7 blind 0.578, heldout-8, now dev-6, blind 0.623). With heldout-9
        // (blind 0.700, now dev-7), eleven parts and 202 articles: contacts 0.804 (P 0.868, R 0.748), actors 0.958;
        // 0.823 and 0.972 when heldout-9 became dev-7. With heldout-10 (blind 0.620), twelve parts and 220 articles:
        // contacts 0.793 (P 0.853, R 0.740), actors 0.967; the contact floor, 0.80 before, is 0.79 because the new
        // writer's set alone pulls the whole set below it; 0.810 (P 0.861, R 0.765), actors 0.977, after the first
        // rounds on dev-7. The floor guards against regressions only.
        List<GoldSet.Entry> all = new ArrayList<>();
        for (String part : List.of("dev", "dev-2", "dev-3", "dev-4", "dev-5", "heldout", "heldout-2", "heldout-4",
                "heldout-7", "dev-6", "dev-7", "heldout-10")) {
            all.addAll(GoldSet.read(GOLD.resolve(part)));
        }
        CodingEvaluation.Report report = evaluate("all", all);
        assertThat(report.articles()).isEqualTo(220);
        assertThat(report.sentences()).isGreaterThanOrEqualTo(150);
        assertThat(report.actors().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.contacts().f1()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void shouldNotFallBelowTheFirstHeldOutFigures() {
        CodingEvaluation.Report report = evaluate("heldout", GoldSet.read(GOLD.resolve("heldout")));
        assertThat(report.actors().f1()).isGreaterThanOrEqualTo(0.97);
        // 0.829 when a pair and type counted once per article; 0.790 since contacts are matched one to one
        // (two events of one pair and type are two), the scoring of the sample corpus too.
        assertThat(report.contacts().f1()).isGreaterThanOrEqualTo(0.78);
    }

    @Test
    void shouldNotFallBelowTheSecondHeldOutFigures() {
        // Measured on the first run of the coder over heldout-2 (actors 0.959, contacts 0.731).
        assertPart("heldout-2", 12, 0.95, 0.72);
    }

    @Test
    void shouldNotFallBelowTheFourthHeldOutFigures() {
        // Measured blind, twice, before any rule was written after it was added (actors 0.942, contacts 0.797).
        // A regression guard: the floor is not raised when the coder is tuned.
        assertPart("heldout-4", 17, 0.93, 0.75);
    }

    @Test
    void shouldNotFallBelowTheSeventhHeldOutFigures() {
        // Measured blind before any rule was written after it was added (actors 0.920, contacts 0.578; 0.575
        // after the next round, developed on dev-5). A regression guard: the floor is not raised when the coder
        // is tuned.
        assertPart("heldout-7", 17, 0.91, 0.57);
    }

    @Test
    void shouldNotFallBelowTheTenthHeldOutFigures() {
        // Written and committed before the coder was run on it, then measured blind once (actors 0.932, contacts
        // 0.620: P 0.682, R 0.569); after two slips of the annotation were fixed on a second, independent reading
        // (agreement/heldout-10), actors 0.934, contacts 0.620 unchanged. A regression guard: the floor is not
        // raised when the coder is tuned.
        assertPart("heldout-10", 18, 0.92, 0.61);
    }

    @Test
    void shouldHoldTheSixthDevelopmentSetFigures() {
        // dev-6, scored blind as heldout-8 with the coder as it was before the set was written (actors 0.926,
        // contacts 0.623), then 0.626, 0.629 and 0.636 (actors 0.939) after three rounds developed on the other
        // sets; then turned into a development set: 0.758 (actors 0.981) after its two rounds, 0.786 (actors 0.989)
        // after the rounds on dev-7.
        assertPart("dev-6", 18, 0.98, 0.77);
    }

    @Test
    void shouldHoldTheSeventhDevelopmentSetFigures() {
        // dev-7, scored blind as heldout-9 with the coder as it was when the set was written (actors 0.900, contacts
        // 0.700: P 0.833, R 0.603), then 0.690 (actors 0.911) after three rounds developed on the other sets; then
        // turned into a development set: 0.817 (P 0.897, R 0.750; actors 0.977) after its first actor round and two
        // contact rounds.
        assertPart("dev-7", 18, 0.97, 0.80);
    }
}
