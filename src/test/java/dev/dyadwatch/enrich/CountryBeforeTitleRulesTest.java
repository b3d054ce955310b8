package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A country's full name before a title names the country as well as the official; its initials do not. */
class CountryBeforeTitleRulesTest extends RuleSentences {

    @Test
    void shouldCountAFullCountryNameBeforeATitleAsTheCountry() {
        assertThat(namedActors("Fiji Prime Minister Sitiveni Rabuka flew to Wellington for talks on Monday."))
                .contains("Fiji FJI");
    }

    @Test
    void shouldNotCountACountrysInitialsBeforeATitleAsTheCountry() {
        assertThat(namedActors("US Secretary of State Antony Blinken flew to Riyadh for talks on Monday."))
                .noneMatch(a -> a.equals("United States USA"));
    }
}
