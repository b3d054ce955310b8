package dev.dyadwatch.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    private final Shingler shingler = new Shingler(3);

    private long[] shinglesOf(String text) {
        shingler.shingle(text);
        return Arrays.copyOf(shingler.hashes(), shingler.count());
    }

    @Test
    void shouldIgnoreCasePunctuationAndSpacing() {
        assertThat(shinglesOf("The Prime Minister, on Tuesday,  spoke by phone."))
                .containsExactly(shinglesOf("the prime minister on tuesday spoke by phone"));
    }

    @Test
    void shouldCutOneShinglePerRunOfWords() {
        assertThat(shinglesOf("one two three four five")).hasSize(3);
    }

    @Test
    void shouldMakeOneShingleOfATextShorterThanAShingle() {
        assertThat(shinglesOf("ceasefire agreed")).hasSize(1);
        assertThat(shinglesOf("ceasefire agreed")).doesNotContain(shinglesOf("agreed ceasefire")[0]);
    }

    @Test
    void shouldHaveNoShinglesWithoutWords() {
        assertThat(shinglesOf(" -- ... ")).isEmpty();
    }

    @Test
    void shouldHashWordOrderWithinAShingle() {
        assertThat(shinglesOf("russia calls pakistan")).doesNotContain(shinglesOf("pakistan calls russia"));
    }

    @Test
    void shouldCountRepeatedShinglesOnceAsDistinct() {
        shingler.shingle("read more here read more here read more here");
        assertThat(shingler.count()).isEqualTo(7);
        assertThat(shingler.distinctCount()).isEqualTo(3);
    }

    @Test
    void shouldReuseItsBuffersForLongAndShortTexts() {
        String longText = "word ".repeat(5_000) + "end";
        shingler.shingle(longText);
        assertThat(shingler.count()).isEqualTo(4_999);
        assertThat(shinglesOf("a b c d")).hasSize(2);
    }

    @Test
    void shouldTreatLettersOfAnyScriptAsWords() {
        assertThat(shinglesOf("Встреча министров в Москве")).hasSize(2);
    }

    @Test
    void shouldCollectTheNumbersOfTheTextWhateverSurroundsThem() {
        shingler.shingle("Trade rose to 15 billion dollars in 2023, and 200MW flows since 2022.");
        int[] numbers = shingler.numberHashes(24);
        assertThat(numbers).hasSize(4);
        shingler.shingle("In 2022 and 2023 it was 15 billion; 200 megawatts, 15 of them.");
        assertThat(shingler.numberHashes(24)).containsExactly(numbers);
        assertThat(shingler.numberHashes(2)).containsExactly(numbers[0], numbers[1]);
        shingler.shingle("No figures at all.");
        assertThat(shingler.numberHashes(24)).isEmpty();
    }

    @Test
    void shouldRejectShinglesOfNoWords() {
        assertThatThrownBy(() -> new Shingler(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
