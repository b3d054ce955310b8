package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A visit named by a noun with its visitor after "by" and its destination after "to" ("the visit by Wang Yi to
 * Japan", "the last trip by an American president to India") is that visitor's visit; "by ... to" after other
 * nouns ("deliveries by Russia to India") is no visit.
 */
class VisitByRulesTest extends RuleSentences {

    @Test
    void shouldCodeAVisitByAPersonToACountry() {
        assertThat(keys("The visit by Chinese Foreign Minister Wang Yi to Japan took place in 2019."))
                .containsExactly("CHN-JPN VISIT HISTORICAL");
        assertThat(keys("The last trip by an American president to India took place in 2014."))
                .containsExactly("IND-USA VISIT HISTORICAL");
    }

    @Test
    void shouldCodeAVisitByToACapitalOnTheDayItGives() {
        assertThat(keys("A visit by Kenyan President William Ruto to Addis Ababa on Monday produced two accords."))
                .containsExactly("ETH-KEN VISIT OCCURRED");
    }

    @Test
    void shouldNotCodeDeliveriesByOneCountryToAnother() {
        assertThat(keys("Arms deliveries by Russia to India rose last year.")).isEmpty();
        assertThat(keys("A statement by Russia to India's parliament was read on Monday.")).isEmpty();
    }
}
