package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DateGranularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatePhrasesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 5, 8);

    @Test
    void shouldResolveEveryOccurredPhraseToTheDayItNames() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = THURSDAY.minusDays(random.nextInt(4));
            DatePhrase phrase = DatePhrases.occurred(THURSDAY, day, random);
            switch (phrase.granularity()) {
                case DAY -> assertThat(phrase.date()).as(phrase.text()).isEqualTo(day);
                case WEEK -> assertThat(phrase.date()).as(phrase.text()).isEqualTo(LocalDate.of(2025, 5, 5));
                case PUBLICATION -> assertThat(phrase.text()).isEmpty();
                default -> throw new AssertionError("unexpected granularity of '" + phrase.text() + "'");
            }
            if (phrase.text().equals("yesterday")) {
                assertThat(day).isEqualTo(THURSDAY.minusDays(1));
            }
            if (phrase.text().startsWith("on Tuesday")) {
                assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            }
        }
    }

    @Test
    void shouldPlaceHistoricalPhrasesBeforeThePublicationYearOrMonth() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            DatePhrase phrase = DatePhrases.past(THURSDAY, random);
            assertThat(phrase.date()).as(phrase.text()).isBefore(THURSDAY.withDayOfMonth(1));
            if (phrase.text().startsWith("last ")) {
                assertThat(phrase.date().getYear()).isEqualTo(2024);
                assertThat(phrase.date().getMonthValue()).isGreaterThan(5);
            }
            if (phrase.text().equals("23 years ago")) {
                assertThat(phrase.date()).isEqualTo(LocalDate.of(2002, 1, 1));
                assertThat(phrase.granularity()).isEqualTo(DateGranularity.YEAR);
            }
        }
    }

    @Test
    void shouldPlacePlannedPhrasesAfterThePublicationDay() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 2000; i++) {
            DatePhrases.FutureForm form = DatePhrases.FutureForm.values()[i % 3];
            DatePhrase phrase = DatePhrases.future(THURSDAY, form, random);
            if (phrase.text().equals("later this month")) {
                assertThat(phrase.date()).isEqualTo(LocalDate.of(2025, 5, 1));
            } else {
                assertThat(phrase.date()).as(phrase.text()).isAfter(THURSDAY);
            }
        }
    }
}
