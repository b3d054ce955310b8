package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A clause of travel that opens the sentence ("During a visit to Kabul, ...") has the main subject as traveller. */
class FrontedVisitTest extends RuleSentences {

    @Test
    void shouldMakeTheMainSubjectTheVisitor() {
        assertThat(keys("During a visit to Kabul on Tuesday, Pakistani Foreign Minister Ishaq Dar addressed a "
                + "business forum."))
                .containsExactly("AFG-PAK VISIT OCCURRED");
        assertThat(keys("Visiting Moscow on Tuesday, Indian Foreign Minister S. Jaishankar laid a wreath at a war "
                + "memorial."))
                .containsExactly("IND-RUS VISIT OCCURRED");
        assertThat(pairsAndTypes("On a visit to Brasilia on Tuesday, Chinese President Xi Jinping toured a port "
                + "project with the president of Brazil."))
                .containsExactly("BRA-CHN VISIT");
    }

    @Test
    void shouldNotMakeSomeoneNamedLaterInTheMainClauseTheVisitor() {
        assertThat(pairsAndTypes("During a visit to Kabul on Tuesday, reporters asked about a statement by "
                + "Pakistani Foreign Minister Ishaq Dar."))
                .isEmpty();
    }
}
