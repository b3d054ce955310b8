package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-05T10:15:00Z|2024-03-05T10:15:00Z",
        "2024-03-05T15:15:00+05:00|2024-03-05T10:15:00Z",
        "2024-03-05T15:15:00+0500|2024-03-05T10:15:00Z",
        "2024-03-05 10:15:00|2024-03-05T10:15:00Z",
        "2024-03-05T10:15:00.250Z|2024-03-05T10:15:00.250Z",
        "2024-03-05|2024-03-05T00:00:00Z",
        "Tue, 05 Mar 2024 10:15:00 GMT|2024-03-05T10:15:00Z",
        "Tue, 05 Mar 2024 15:15:00 +0500|2024-03-05T10:15:00Z",
        "5 Mar 2024 10:15 GMT|2024-03-05T10:15:00Z",
        "1709633700|2024-03-05T10:15:00Z",
        "1709633700000|2024-03-05T10:15:00Z",
    })
    void shouldParseMachineTimestamps(String text, String expected) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yesterday", "March", "2024-13-45", "32/01/2024", "''"})
    void shouldRefuseWhatIsNotATimestamp(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 3, 2024|2024-03-03T00:00:00Z",
        "Published: 3 March 2024 10:45 PKT|2024-03-03T05:45:00Z",
        "Sunday, March 3, 2024 at 9:05 pm|2024-03-03T21:05:00Z",
        "Updated Mar. 3, 2024 09:05 AM IST|2024-03-03T03:35:00Z",
        "2024-03-03|2024-03-03T00:00:00Z",
    })
    void shouldReadDatesAsNewsPagesPrintThem(String line, String expected) {
        assertThat(LooseDates.find(line)).contains(Instant.parse(expected));
        assertThat(LooseDates.isDateLine(line)).isTrue();
    }

    @Test
    void shouldNotTakeAProseSentenceWithADateForADateLine() {
        String sentence = "The two ministers met on March 3, 2024 in Moscow to discuss energy.";
        assertThat(LooseDates.find(sentence)).contains(Instant.parse("2024-03-03T00:00:00Z"));
        assertThat(LooseDates.isDateLine(sentence)).isFalse();
        assertThat(LooseDates.isDateLine("February 30, 2024")).isFalse();
    }
}
