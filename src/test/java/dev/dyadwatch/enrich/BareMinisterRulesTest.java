package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The Afghan minister": a minister the article named, never the prime minister by a shared word. */
class BareMinisterRulesTest {

    @Test
    void shouldReadABareMinisterAsTheMinisterOfThatCountryNamedBefore() {
        assertThat(ArticleMentions.mentions("2022-05-04", "Afghanistan's acting Foreign Minister Amir Khan Muttaqi "
                + "arrived in Doha on Tuesday. Qatari officials gave the Afghan minister a list of requests."))
                .contains("Afghan minister -> AFG.amir-khan-muttaqi");
    }

    @Test
    void shouldNotReadABareMinisterAsThePrimeMinisterWhenNoMinisterWasNamed() {
        assertThat(ArticleMentions.mentions("2022-05-04",
                "Qatari officials gave the Afghan minister a list of requests on Tuesday."))
                .noneMatch(m -> m.endsWith("AFG.mohammad-hassan-akhund"));
    }

    @Test
    void shouldStillReadThePrimeMinisterAsThePrimeMinister() {
        assertThat(ArticleMentions.mentions("2022-05-04",
                "Qatari officials gave the Afghan prime minister a list of requests on Tuesday."))
                .anyMatch(m -> m.endsWith("AFG.mohammad-hassan-akhund"));
    }
}
