package dev.dyadwatch.enrich.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.avro.DateGranularity;
import dev.dyadwatch.enrich.CodingLimits;
import dev.dyadwatch.enrich.text.SentenceSplitter;
import dev.dyadwatch.enrich.text.TokenizerKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2022, 2, 24);
    private final SentenceSplitter splitter = new SentenceSplitter(TokenizerKind.NEWS, CodingLimits.DEFAULT);

    private List<TimeExpressions.Expression> find(String text) {
        return TimeExpressions.find(splitter.single(text, 0).tokens());
    }

    private EventDate resolve(String text, boolean future) {
        List<TimeExpressions.Expression> found = find(text);
        assertThat(found).as(text).hasSize(1);
        return TimeExpressions.resolve(found.get(0), THURSDAY, future);
    }

    @Test
    void shouldResolveWeekdaysBackForPastContactsAndForwardForPlannedOnes() {
        assertThat(resolve("They met on Tuesday.", false)).isEqualTo(EventDate.day(LocalDate.of(2022, 2, 22)));
        assertThat(resolve("They will meet on Tuesday.", true)).isEqualTo(EventDate.day(LocalDate.of(2022, 3, 1)));
        assertThat(resolve("They met on Thursday.", false)).isEqualTo(EventDate.day(THURSDAY));
    }

    @Test
    void shouldResolveRelativePeriodsMonthsAndYears() {
        assertThat(resolve("They met last week.", false)).isEqualTo(EventDate.week(LocalDate.of(2022, 2, 14)));
        assertThat(resolve("He will visit next month.", true)).isEqualTo(EventDate.month(LocalDate.of(2022, 3, 1)));
        assertThat(resolve("He visited last April.", false)).isEqualTo(EventDate.month(LocalDate.of(2021, 4, 1)));
        assertThat(resolve("He visited in September.", false)).isEqualTo(EventDate.month(LocalDate.of(2021, 9, 1)));
        assertThat(resolve("He will visit in September.", true)).isEqualTo(EventDate.month(LocalDate.of(2022, 9, 1)));
        assertThat(resolve("It was signed on June 5, 2021.", false))
                .isEqualTo(EventDate.day(LocalDate.of(2021, 6, 5)));
        assertThat(resolve("He last came in 1999.", false).granularity()).isEqualTo(DateGranularity.YEAR);
        assertThat(resolve("They met 23 years ago.", false)).isEqualTo(EventDate.year(1999));
    }

    @Test
    void shouldLeaveDurationsLimitsAndCountsOut() {
        assertThat(find("the first visit by a premier in 23 years")).isEmpty();
        assertThat(find("held regularly since 1998")).isEmpty();
        assertThat(find("a billion doses by the end of 2022")).isEmpty();
        assertThat(find("their sixth meeting this year")).isEmpty();
        assertThat(find("since Sharif took office in April")).isEmpty();
        assertThat(find("May said she may visit")).isEmpty();
    }

    @Test
    void shouldReadAShortMonthInANameAsNoDate() {
        assertThat(find("Defence Minister Dong Jun said the drills were routine")).isEmpty();
        assertThat(find("Minister Lee Jan met the envoy")).isEmpty();
        assertThat(resolve("They met on Jun 5.", false)).isEqualTo(EventDate.day(LocalDate.of(2021, 6, 5)));
        assertThat(resolve("They met on Dec. 3.", false)).isEqualTo(EventDate.day(LocalDate.of(2021, 12, 3)));
        assertThat(resolve("He visited in Oct 2019.", false).granularity()).isEqualTo(DateGranularity.MONTH);
    }
}
