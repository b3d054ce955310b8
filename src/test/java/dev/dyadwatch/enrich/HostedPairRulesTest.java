package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mediator of a third country who receives the article's pair or brings it together ("hosted the two leaders
 * separately ... and then brought them together for talks"), on sentences written for this test, each with a
 * control where the words or the host say something else.
 */
class HostedPairRulesTest extends RuleSentences {

    private static final String CALL = "Prime Minister Shehbaz Sharif and Prime Minister Narendra Modi spoke by "
            + "telephone on Monday. ";

    @Test
    void shouldReadAMediatorWhoHostsThePairAsHostingEach() {
        assertThat(keys(CALL + "President Recep Tayyip Erdogan hosted the two leaders separately in Ankara on "
                + "Tuesday.")).contains("PAK-TUR HOST_VISIT OCCURRED", "IND-TUR HOST_VISIT OCCURRED");
        // Control: "the two" that is no pair of people names no guest.
        assertThat(keys(CALL + "President Recep Tayyip Erdogan hosted the two-day forum in Ankara on Tuesday."))
                .containsExactly("IND-PAK TELEPHONE OCCURRED");
    }

    @Test
    void shouldReadAMediatorWhoBringsThePairTogetherAsAMeetingOfThree() {
        assertThat(pairsAndTypes(CALL + "President Recep Tayyip Erdogan brought them together for talks in Ankara "
                + "on Tuesday.")).contains("PAK-TUR THIRD_PARTY_MEETING", "IND-TUR THIRD_PARTY_MEETING",
                        "IND-PAK THIRD_PARTY_MEETING");
        // Control: urging them to come together is an appeal, not a meeting.
        assertThat(keys(CALL + "President Recep Tayyip Erdogan urged them to come together for talks."))
                .containsExactly("IND-PAK TELEPHONE OCCURRED");
        // Control: with a second country in the sentence, the mediator is not known.
        assertThat(pairsAndTypes(CALL + "President Recep Tayyip Erdogan and President Vladimir Putin brought them "
                + "together for talks on Tuesday.")).doesNotContain("IND-PAK THIRD_PARTY_MEETING");
    }
}
