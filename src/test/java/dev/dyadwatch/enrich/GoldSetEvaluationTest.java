package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.eval.CodingEvaluation;
import dev.dyadwatch.enrich.eval.GoldSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GoldSetEvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/dev/dyadwatch/enrich/gold");

    @Test
    void shouldCodeTheDevelopmentGoldSetAboveTheTargets() {
        EnrichResources resources = EnrichResources.shared(DictionarySource.BUNDLED);
        CodingEvaluation evaluation = new CodingEvaluation(resources.newCoder(CodingLimits.DEFAULT), resources.index());
        CodingEvaluation.Report report = evaluation.evaluate(GoldSet.read(GOLD.resolve("dev")));
        report.mistakes().forEach(System.out::println);
        System.out.println("actors   " + report.actors());
        System.out.println("contacts " + report.contacts());
        System.out.println("status   " + report.contactsWithStatus());
        System.out.println("dates    " + report.dateAccuracy());
        assertThat(report.actors().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.contacts().f1()).isGreaterThanOrEqualTo(0.85);
    }
}
