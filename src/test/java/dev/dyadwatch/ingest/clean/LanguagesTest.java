package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eng|Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by telephone on Tuesday.",
        "fra|Le Premier ministre s'est entretenu mardi au t\u00e9l\u00e9phone avec le pr\u00e9sident russe.",
        "deu|Der Bundeskanzler traf am Dienstag den franz\u00f6sischen Pr\u00e4sidenten in Paris.",
        "rus|\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0420\u043e\u0441\u0441\u0438\u0438 "
                + "\u043f\u0440\u043e\u0432\u0435\u043b \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u043d\u044b\u0439 "
                + "\u0440\u0430\u0437\u0433\u043e\u0432\u043e\u0440 \u0441 \u043f\u0440\u0435\u043c\u044c\u0435\u0440"
                + "-\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u043c.",
        "spa|El presidente se reuni\u00f3 el martes con su hom\u00f3logo ruso en Mosc\u00fa para hablar.",
    })
    void shouldDetectTheLanguageAsIso6393(String code, String text) {
        assertThat(Languages.detect(text)).contains(code);
    }

    @Test
    void shouldNotGuessFromTooLittleText() {
        assertThat(Languages.detect("Hello there")).isEmpty();
    }

    @Test
    void shouldNormaliseDeclaredCodes() {
        assertThat(Languages.normalize("en")).contains("eng");
        assertThat(Languages.normalize("en-US")).contains("eng");
        assertThat(Languages.normalize("ur_PK")).contains("urd");
        assertThat(Languages.normalize("rus")).contains("rus");
        assertThat(Languages.normalize("English")).contains("eng");
        assertThat(Languages.normalize("??")).isEmpty();
        assertThat(Languages.normalize(null)).isEmpty();
    }
}
