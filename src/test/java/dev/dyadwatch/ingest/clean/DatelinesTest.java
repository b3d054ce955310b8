package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISLAMABAD: Prime Minister spoke to the Russian president.|ISLAMABAD|Prime Minister spoke",
        "New Delhi. India and Russia held talks on Monday.|New Delhi|India and Russia",
        "MOSCOW, March 3 (Agency) - Russia's foreign minister arrived.|MOSCOW, March 3 (Agency)|Russia's foreign",
        "WASHINGTON \u2014 The two leaders met at the White House.|WASHINGTON|The two leaders",
        "MOSCOW (Reuters) - Talks resumed on Friday.|MOSCOW (Reuters)|Talks resumed",
        "Islamabad, Jan 5 (APP): The ministers agreed to meet again.|Islamabad, Jan 5 (APP)|The ministers",
        "RIO DE JANEIRO, Brazil -- Leaders gathered for the summit.|RIO DE JANEIRO, Brazil|Leaders gathered",
        "Kuala Lumpur: Malaysia hosted the foreign ministers.|Kuala Lumpur|Malaysia hosted",
    })
    void shouldMoveTheDatelineOutOfTheText(String paragraph, String dateline, String textStart) {
        Datelines.Split split = Datelines.split(List.of(paragraph, "Second paragraph."));
        assertThat(split.dateline()).contains(dateline);
        assertThat(split.paragraphs().get(0)).startsWith(textStart);
        assertThat(split.paragraphs()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mr. Khan met the Russian ambassador on Monday.",
        "Pakistan and Russia agreed to expand trade.",
        "However: the talks stalled.",
        "BREAKING: Leaders meet in Moscow.",
        "NATO and Russia have not met since the war began.",
        "US-Russia talks resumed.",
        "The PM said: we will go to Moscow.",
    })
    void shouldLeaveOrdinaryOpeningsAlone(String paragraph) {
        Datelines.Split split = Datelines.split(List.of(paragraph));
        assertThat(split.dateline()).isEmpty();
        assertThat(split.paragraphs()).containsExactly(paragraph);
    }

    @Test
    void shouldTakeADatelineStandingOnItsOwnLine() {
        Datelines.Split split = Datelines.split(List.of("ISLAMABAD:", "The talks began on Monday."));
        assertThat(split.dateline()).contains("ISLAMABAD");
        assertThat(split.paragraphs()).containsExactly("The talks began on Monday.");
        assertThat(Datelines.isDatelineOnly("ISLAMABAD:")).isTrue();
        assertThat(Datelines.isDatelineOnly("ISLAMABAD: Talks began.")).isFalse();
    }
}
