package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A capital that names an event or a station of a route is a place, not its government. */
class CapitalVenueRulesTest extends RuleSentences {

    @Test
    void shouldReadACapitalInAnEventsOwnCapitalisedNameAsNoGovernment() {
        assertThat(namedActors("Envoys of Brazil and Kenya spoke on the sidelines of the Doha Forum."))
                .noneMatch(a -> a.endsWith("QAT"));
    }

    @Test
    void shouldStillReadACapitalBeforeACapitalisedWordThatIsNoEventAsTheGovernment() {
        assertThat(namedActors("Envoys of Brazil and Kenya said Doha Thursday was ready to mediate."))
                .anyMatch(a -> a.endsWith("QAT"));
    }

    @Test
    void shouldReadACapitalBeforeTalksOrATrioAsTheVenue() {
        assertThat(namedActors("Ministers of Chile and Peru prepared for the Tokyo talks."))
                .noneMatch(a -> a.endsWith("JPN"));
        assertThat(namedActors("Ministers of Chile and Peru joined a Tokyo trio."))
                .noneMatch(a -> a.endsWith("JPN"));
        assertThat(namedActors("Ministers of Chile and Peru said Tokyo talked to both."))
                .anyMatch(a -> a.endsWith("JPN"));
    }

    @Test
    void shouldReadTheStationsOfARouteAsPlaces() {
        assertThat(namedActors("Uzbekistan and Pakistan reviewed a railway linking Termez, Mazar-i-Sharif, Kabul and "
                + "Peshawar.")).noneMatch(a -> a.endsWith("AFG"));
        assertThat(namedActors("Uzbekistan and Pakistan backed a corridor connecting Tashkent and Kabul."))
                .noneMatch(a -> a.endsWith("AFG"));
    }

    @Test
    void shouldStillReadACapitalAfterAListThatNoRouteWordOpensAsTheGovernment() {
        assertThat(namedActors("Uzbekistan, Pakistan and Kabul signed a railway framework on Monday."))
                .anyMatch(a -> a.endsWith("AFG"));
    }
}
