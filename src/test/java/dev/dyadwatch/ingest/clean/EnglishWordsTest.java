package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Prime Minister Narendra Modi and President Vladimir Putin held a telephone conversation.",
        "President Gustavo Petro met Nicol\u00e1s Maduro at the Miraflores presidential palace in Caracas.",
        "Foreign Minister Wang Yi said that Beijing would send a delegation.",
    })
    void shouldFindEnglishInSentencesFullOfNames(String text) {
        assertThat(EnglishWords.dominate(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bundeskanzler Olaf Scholz hat am Dienstag mit dem russischen Pr\u00e4sidenten telefoniert, was er auch will.",
        "De minister-president is op dinsdag naar Parijs gereisd, of hij dat wil of niet.",
        "Statsministeren har talt med pr\u00e6sidenten, og det er for tidligt at sige noget her.",
        "El presidente se reuni\u00f3 el martes con su hom\u00f3logo ruso en Mosc\u00fa para hablar.",
        "Le Premier ministre s'est entretenu mardi au t\u00e9l\u00e9phone avec le pr\u00e9sident russe.",
        "Scholz last visited India in September 2023.",
        "Modi, Putin, Xi, Lula, Ramaphosa, Erdogan, Sharif, Pezeshkian, Macron, Meloni, Scholz and Sanchez.",
    })
    void shouldNotFindEnglishInOtherLanguagesOrInTooFewOfItsWords(String text) {
        assertThat(EnglishWords.dominate(text)).isFalse();
    }
}
