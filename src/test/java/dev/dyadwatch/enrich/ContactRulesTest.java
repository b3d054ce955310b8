package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coding rules added after scoring the coder on the sample corpus, each on sentences written for this test:
 * what a careful reader codes, and what he does not.
 */
class ContactRulesTest {

    private final ArticleCoder coder = EnrichResources.shared(DictionarySource.BUNDLED)
            .newCoder(CodingLimits.DEFAULT);

    private ArticleCoding code(String published, String text) {
        return coder.code(article(published, "Report", text));
    }

    private List<String> keys(String published, String text) {
        return code(published, text).contacts().stream().map(c -> c.dyad() + " " + c.type() + " " + c.status())
                .toList();
    }

    @Test
    void shouldCodeTheSigningOfAnAgreementButNotASignOfWarmerTies() {
        assertThat(keys("2024-06-12T10:00:00Z", "Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar "
                + "in Beijing on Tuesday, and the two ministers witnessed the signing of a memorandum on railways."))
                .contains("CHN-PAK SIGN_AGREEMENT OCCURRED");
        assertThat(keys("2024-06-12T10:00:00Z", "Analysts saw the Chinese and Pakistani statements as a sign of "
                + "warmer ties.")).isEmpty();
    }

    @Test
    void shouldPairCoordinatedSubjectsWithWordsOfContactInTheirPredicate() {
        assertThat(keys("2024-03-06T10:00:00Z", "Indian Foreign Minister S. Jaishankar and Japanese Foreign Minister "
                + "Yoko Kamikawa held nearly three hours of talks in Tokyo on Tuesday."))
                .containsExactly("IND-JPN NEGOTIATE OCCURRED");
        assertThat(keys("2024-03-06T10:00:00Z", "Japan and India discussed maritime security in a video call on "
                + "Tuesday.")).containsExactly("IND-JPN CONSULT OCCURRED");
    }

    @Test
    void shouldNotTakeAnObjectOrAListAfterAPrepositionForCoordinatedSubjects() {
        assertThat(keys("2024-03-06T10:00:00Z", "Kenya has relied on loans from China, Japan and the United Arab "
                + "Emirates to meet its financing needs.")).isEmpty();
        assertThat(keys("2023-05-05T10:00:00Z", "Bilawal Bhutto Zardari met Chinese Foreign Minister Qin Gang and "
                + "Russian Foreign Minister Sergey Lavrov on the sidelines of the meeting."))
                .doesNotContain("CHN-RUS THIRD_PARTY_MEETING OCCURRED");
    }

    @Test
    void shouldMakeOneGroupOfEachNationalityBeforeASharedNoun() {
        assertThat(keys("2024-03-06T10:00:00Z", "Turkish and Greek coast guard officials held a meeting in "
                + "Alexandroupolis on Monday.")).containsExactly("GRC-TUR CONSULT OCCURRED");
        assertThat(keys("2024-03-06T10:00:00Z", "Kenyan and US officials held talks on Monday."))
                .containsExactly("KEN-USA NEGOTIATE OCCURRED");
    }

    @Test
    void shouldTakeACityNamedAfterItsCountryAsAPlace() {
        assertThat(keys("2024-03-06T10:00:00Z", "Brazilian and Chinese officials held talks in the Saudi city of "
                + "Jeddah on Monday.")).containsExactly("BRA-CHN NEGOTIATE OCCURRED");
    }

    @Test
    void shouldUseThePairJustNamedForTheTwoMinistersOfTheSameSentence() {
        ArticleCoding coding = code("2024-06-12T10:00:00Z", "Foreign Minister Wang Yi met Pakistani Foreign Minister "
                + "Ishaq Dar in Beijing on Tuesday, and the two ministers witnessed the signing of a memorandum.");
        assertThat(coding.contacts()).extracting(c -> c.type() + " " + c.date().start())
                .containsExactly("CONSULT 2024-06-11", "SIGN_AGREEMENT 2024-06-11");
    }

    @Test
    void shouldCodeASingleNavalDrillOnlyWithMilitaryWords() {
        assertThat(keys("2024-06-12T10:00:00Z", "The navies of Turkey and Pakistan held a joint drill off Karachi "
                + "on Monday.")).containsExactly("PAK-TUR MILITARY_COOPERATION OCCURRED");
    }
}
