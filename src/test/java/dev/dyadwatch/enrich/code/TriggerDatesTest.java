package dev.dyadwatch.enrich.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.code.TriggerLexicon.Trigger;
import dev.dyadwatch.enrich.text.Sentence;
import dev.dyadwatch.enrich.text.SentenceSplitter;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which date of a sentence goes with which words of contact, on sentences written for this test. */
class TriggerDatesTest {

    private final SentenceSplitter splitter = new SentenceSplitter(TokenizerKind.NEWS, CodingLimits.DEFAULT);
    private final TriggerLexicon lexicon = TriggerLexicon.build(TokenizerKind.NEWS);

    /** Each trigger's words with the words of its date, every trigger taken as making a contact. */
    private Map<String, String> dates(String text) {
        Sentence sentence = splitter.single(text, 0);
        List<Trigger> triggers = lexicon.find(sentence.tokens(), sentence.text(), sentence.start());
        List<TimeExpressions.Expression> times = TimeExpressions.find(sentence.tokens());
        Map<String, String> byWords = new TreeMap<>();
        TriggerDates.assign(triggers, new java.util.ArrayList<>(triggers), times, false, sentence.tokens())
                .forEach((t, e) -> byWords.put(t.words(), e.words()));
        return byWords;
    }

    @Test
    void shouldGiveEachDateToTheNearestWordsOfContact() {
        assertThat(dates("Modi held talks with Putin in Moscow on Monday and is due to fly on to Vienna on Thursday."))
                .containsEntry("held talks", "Monday").containsEntry("fly on to", "Thursday");
    }

    @Test
    void shouldLetASentencesOnlyDateDateEveryContactOfItsClauseButNotAcrossASemicolon() {
        assertThat(dates("Modi met Putin and signed two agreements on Monday."))
                .containsEntry("met", "Monday").containsEntry("signed", "Monday");
        assertThat(dates("Modi met Putin; the two signed two agreements on Monday."))
                .containsEntry("signed", "Monday").doesNotContainKey("met");
    }

    @Test
    void shouldLeaveWordsOfContactFarFromAnyDateUndated() {
        assertThat(dates("The talks, which covered energy, trade, defence, the war in Ukraine, the situation in the "
                + "Middle East, climate finance, shipping routes and the future of the grain corridor, ended with "
                + "a statement issued on Monday.")).doesNotContainKey("talks");
    }

    @Test
    void shouldKnowWhenAJointClosesTheClauseOfAnEarlierVerb() {
        Sentence sentence = splitter.single("Modi held talks on Monday and is due to fly to Vienna.", 0);
        TimeExpressions.Expression monday = TimeExpressions.find(sentence.tokens()).get(0);
        List<Trigger> triggers = lexicon.find(sentence.tokens(), sentence.text(), sentence.start());
        Trigger fly = triggers.stream().filter(t -> t.words().equals("fly to")).findFirst().orElseThrow();
        Trigger talks = triggers.stream().filter(t -> t.words().equals("held talks")).findFirst().orElseThrow();
        assertThat(TriggerDates.closesEarlierVerb(sentence.tokens(), monday, fly)).isTrue();
        assertThat(TriggerDates.closesEarlierVerb(sentence.tokens(), monday, talks)).isFalse();
    }
}
