package dev.dyadwatch.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGateTest {

    private final LanguageGate gate = new LanguageGate();

    @Test
    void shouldTrustADeclaredLanguage() {
        assertThat(gate.judge("fra", "Titre", "The text looks English but the feed says French.").coded()).isFalse();
        assertThat(gate.judge("en", "Title", "Texte en français.").coded()).isTrue();
    }

    @Test
    void shouldRecogniseEnglishWithoutTheDetectorAndDetectTheRest() {
        LanguageGate.Verdict english = gate.judge(null, "Talks", "The two ministers met in Islamabad on Monday and "
                + "said they would meet again.");
        assertThat(english.language()).isEqualTo("eng");
        LanguageGate.Verdict german = gate.judge(null, "Treffen", "Bundeskanzler Olaf Scholz ist am Mittwoch nach "
                + "Paris gereist, um mit Präsident Emmanuel Macron über Energiepolitik zu sprechen.");
        assertThat(german.coded()).isFalse();
        assertThat(german.language()).isEqualTo("deu");
    }

    @Test
    void shouldCodeAShortEnglishTextTheModelCannotPlace() {
        LanguageGate.Verdict brief = gate.judge(null, "Scholz in India",
                "Scholz last visited India in September 2023.");
        assertThat(brief.coded()).isTrue();
        assertThat(brief.language()).isNull();
        LanguageGate.Verdict headline = gate.judge(null, "PM Khan, Putin discuss Afghanistan in phone call", "");
        assertThat(headline.coded()).isTrue();
    }

    @Test
    void shouldNotCodeAShortTextWithNoEnglishWordThatTheModelCannotPlace() {
        LanguageGate.Verdict turkish = gate.judge(null, "Erdo\u011fan Putin ile g\u00f6r\u00fc\u015ft\u00fc",
                "Cumhurba\u015fkan\u0131 Erdo\u011fan, Putin ile telefonda g\u00f6r\u00fc\u015ft\u00fc.");
        assertThat(turkish.coded()).isFalse();
    }
}
