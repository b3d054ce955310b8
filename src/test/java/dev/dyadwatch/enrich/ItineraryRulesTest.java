package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Itineraries told in the present ("travels to El Salvador on Monday") and onward legs joined by "and then to", on
 * sentences written for this test (published on Wednesday 23 October 2024), each with a control.
 */
class ItineraryRulesTest extends RuleSentences {

    @Test
    void shouldReadAPresentTenseTripOnANamedDayAsPlannedForThatDayAhead() {
        ArticleCoding coding = code("Blinken travels to Cairo on Friday for talks on the ceasefire.");
        assertThat(coding.contacts()).extracting(c -> c.dyad() + " " + c.type() + " " + c.status() + " "
                + c.date().start()).containsExactly("EGY-USA INTENT_TO_MEET PLANNED 2024-10-25");
        assertThat(keys("Wang Yi heads to Islamabad tomorrow, the foreign ministry said."))
                .containsExactly("CHN-PAK INTENT_TO_MEET PLANNED");
        // Control: the past tense with the same day is the visit that took place last Friday.
        assertThat(keys("Blinken travelled to Cairo on Friday for talks on the ceasefire."))
                .containsExactly("EGY-USA VISIT OCCURRED");
    }

    @Test
    void shouldNotPlanAPresentTenseVisitWithoutANamedDay() {
        // A factbox line in the present names a date, not a weekday: the visit is reported, not planned.
        assertThat(keys("Modi visits Washington for talks with Trump at the White House."))
                .doesNotContain("IND-USA INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldReadAPresentTenseHostingAfterAFrontedDayAsPlannedForThatDayAhead() {
        ArticleCoding coding = code("On Friday, Antony Blinken hosts Indian Foreign Minister S. Jaishankar in "
                + "Washington.");
        assertThat(coding.contacts()).extracting(c -> c.dyad() + " " + c.type() + " " + c.status() + " "
                + c.date().start()).containsExactly("IND-USA INTENT_TO_MEET PLANNED 2024-10-25");
        // The meeting the hosting verb is for takes the plan too, however far the guests' names push it back.
        assertThat(keys("On Saturday, Sergei Lavrov hosts Turkish Foreign Minister Hakan Fidan, who flies in from "
                + "Ankara with his deputy, in Moscow for the first full-day meeting on the Black Sea since 2022."))
                .containsOnly("RUS-TUR INTENT_TO_MEET PLANNED");
        // Control: the past tense after the same fronted day is the hosting that took place last Friday.
        assertThat(keys("On Friday, Antony Blinken hosted Indian Foreign Minister S. Jaishankar in Washington."))
                .containsExactly("IND-USA HOST_VISIT OCCURRED");
    }

    @Test
    void shouldFollowTheTripOnToEachPlaceAfterAndThenTo() {
        assertThat(keys("Marco Rubio travelled to El Salvador on Monday and then to Costa Rica, Guatemala and the "
                + "Dominican Republic."))
                .containsExactlyInAnyOrder("SLV-USA VISIT OCCURRED", "CRI-USA VISIT OCCURRED",
                        "GTM-USA VISIT OCCURRED", "DOM-USA VISIT OCCURRED");
        // Control: a place after "and then" with its own verb is another clause, not a leg of the trip.
        assertThat(keys("Marco Rubio travelled to El Salvador on Monday and then praised Costa Rica for its help."))
                .containsExactly("SLV-USA VISIT OCCURRED");
    }
}
