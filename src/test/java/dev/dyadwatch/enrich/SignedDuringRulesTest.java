package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words of contact followed by "during" another contact take its date ("the agreements signed during Putin's
 * visit to Astana in November last year"), on sentences written for this test (published on 23 October 2024),
 * with a control where the first words have a date of their own.
 */
class SignedDuringRulesTest extends RuleSentences {

    private java.util.List<String> dated(String text) {
        return code(text).contacts().stream().map(c -> c.dyad() + " " + c.type() + " " + c.status() + " "
                + c.date().start()).toList();
    }

    @Test
    void shouldDateAnAgreementSignedDuringAVisitByTheVisit() {
        assertThat(dated("Tokayev noted that the agreements signed during Vladimir Putin's state visit to Astana "
                + "in November last year were being implemented."))
                .containsExactlyInAnyOrder("KAZ-RUS SIGN_AGREEMENT HISTORICAL 2023-11-01",
                        "KAZ-RUS VISIT HISTORICAL 2023-11-01");
        // Control: a signing dated on its own keeps its date.
        assertThat(dated("Tokayev and Putin signed the agreements on Monday, during a visit that began in "
                + "Astana in June."))
                .contains("KAZ-RUS SIGN_AGREEMENT OCCURRED 2024-10-21");
    }
}
