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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin on 5 March 2024 (see https://example.org).",
        "\u0130stanbul'da G\u00fcm\u00fc\u015f \u0130\u015e \u00c7AR\u015eI \u00d6\u011fLE #haber @muhabir",
        "Stra\u00dfe GR\u00dcSSE \u00c4rger \u2014 \u00ab citation \u00bb caf\u00e9 !!!!!! ??? sooooo",
        "\u0627\u0644\u0631\u0626\u064a\u0633 \u0627\u0644\u0631\u0648\u0633\u064a \u064a\u0644\u062a\u0642"
                + "\u064a \u0631\u0626\u064a\u0633 \u0627\u0644\u0648\u0632\u0631\u0627\u0621 123",
        "\u4e2d\u56fd\u548c\u4fc4\u7f57\u65af\u9886\u5bfc\u4eba\u4e3e\u884c\u4f1a\u8c08 \uD83D\uDE00 "
                + "\u4e2d\u56fd\u548c\u4fc4\u7f57\u65af\u9886\u5bfc\u4eba\u4e3e\u884c\u4f1a\u8c08",
    })
    void shouldComputeTheSameFeaturesAndAnswerAsOpenNlp(String text) {
        opennlp.tools.langdetect.LanguageDetectorModel model = Languages.model();
        CharSequence[] theirs = model.getFactory().getContextGenerator().getContext(text);
        assertThat(Languages.features(text)).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(theirs).map(CharSequence::toString).toList());
        String expected = new opennlp.tools.langdetect.LanguageDetectorME(model).predictLanguage(text).getLang();
        assertThat(Languages.bestOf(text)).isEqualTo(expected);
    }

    @Test
    void shouldAgreeWithOpenNlpOnEveryParagraphOfTheLabelledPages() throws Exception {
        opennlp.tools.langdetect.LanguageDetectorME openNlp =
                new opennlp.tools.langdetect.LanguageDetectorME(Languages.model());
        java.nio.file.Path folder = java.nio.file.Path.of(getClass().getResource("/dev/dyadwatch/ingest/cleaning")
                .toURI());
        java.util.List<String> paragraphs = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".expected.txt")).toList()) {
                var lines = java.nio.file.Files.readAllLines(file);
                lines.subList(3, lines.size()).stream().filter(line -> line.length() >= 40).forEach(paragraphs::add);
            }
        }
        assertThat(paragraphs).hasSizeGreaterThan(150);
        for (String paragraph : paragraphs) {
            String sample = Languages.sample(paragraph);
            assertThat(Languages.bestOf(sample)).as(paragraph).isEqualTo(openNlp.predictLanguage(sample).getLang());
        }
    }

    @Test
    void shouldNotGuessFromTooLittleText() {
        assertThat(Languages.detect("Hello there")).isEmpty();
    }

    @Test
    void shouldLeaveAShortTextUnknownWhenTheModelIsUnsure() {
        // The model's best answers here are Latin and Minangkabau, barely ahead of the next.
        assertThat(Languages.bestOf("Scholz last visited India in September 2023.")).isNotEqualTo("eng");
        assertThat(Languages.detect("Scholz last visited India in September 2023.")).isEmpty();
        assertThat(Languages.detect("PM Khan, Putin discuss Afghanistan in phone call")).isEmpty();
        // A clear answer on a short text stands.
        assertThat(Languages.detect("Le pr\u00e9sident a re\u00e7u son homologue \u00e0 l'\u00c9lys\u00e9e mardi."))
                .contains("fra");
    }

    @Test
    void shouldReadFurtherWhenTheOpeningIsUnclear() {
        // The opening of a gold article (dev-4 13): its first 160 characters read as Spanish.
        String opening = "President Gustavo Petro met Nicol\u00e1s Maduro at the Miraflores presidential palace in "
                + "Caracas on Tuesday, the first visit to Venezuela by a Colombian president since 2016.";
        String text = opening + " The two leaders agreed to reopen the border to cargo trucks within weeks and "
                + "to restore flights between Bogota and Caracas. Officials from both governments said that a joint "
                + "commission would meet next month to draw up the list of crossings that will open first, and that "
                + "trade between the two countries, which fell sharply after the rupture, was expected to recover "
                + "quickly once the trucks were allowed through again.";
        assertThat(Languages.bestOf(Languages.sample(text))).isEqualTo("spa");
        assertThat(Languages.detect(text)).contains("eng");
    }

    @Test
    void shouldReadAnOpeningFullOfNamesByItsOtherWords() {
        String names = "Prime Minister Narendra Modi and President Vladimir Putin held a telephone conversation.";
        // The model alone reads it as Latin, and clearly enough to stand.
        assertThat(Languages.bestOf(names)).isNotEqualTo("eng");
        assertThat(Languages.detect(names)).contains("eng");
        // Controls: German capitalises its nouns and Spanish openings are as full of names; both keep their answer.
        assertThat(Languages.detect("Bundeskanzler Olaf Scholz hat am Dienstag mit dem russischen Pr\u00e4sidenten "
                + "Wladimir Putin telefoniert.")).contains("deu");
        assertThat(Languages.detect("El presidente Gustavo Petro se reuni\u00f3 con Nicol\u00e1s Maduro en el "
                + "Palacio de Miraflores.")).contains("spa");
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
