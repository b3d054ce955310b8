package dev.dyadwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyadwatch.enrich.code.CodedContact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of official readouts and agency copy: a visit "from 25 to 27 October" starts on its first day; a visit
 * paid "at the invitation of" the host is no invitation to another; "the Chinese ambassador" is not whoever holds
 * some other Chinese office; "the Chinese and Pakistani navies" act for their states; "US Central Command chief
 * General Michael Kurilla" is introduced as an American; "has not spoken to Putin" is words of contact; a person
 * spoken "about" is no party.
 */
class ReadoutWordingRulesTest extends RuleSentences {

    @Test
    void shouldDateAVisitOfSeveralDaysByItsFirstDay() {
        for (String text : List.of("Sharif will pay an official visit to Uzbekistan from 25 to 27 October.",
                "Sharif will pay an official visit to Uzbekistan on 25-27 October.")) {
            CodedContact visit = code(text).contacts().get(0);
            assertThat(visit.date().start()).as(text).hasToString("2024-10-25");
        }
        // Control: one day named stays that day.
        assertThat(code("Sharif will pay an official visit to Uzbekistan on 27 October.").contacts().get(0).date()
                .start()).hasToString("2024-10-27");
    }

    @Test
    void shouldNotReadTheTermsOfAVisitAsAnInvitationToAnother() {
        assertThat(keys("Kazakh President Kassym-Jomart Tokayev paid a state visit to Azerbaijan on Monday at the "
                + "invitation of President Ilham Aliyev.")).containsExactly("AZE-KAZ VISIT OCCURRED");
        // Control: an invitation extended is a plan.
        assertThat(keys("President Ilham Aliyev invited President Kassym-Jomart Tokayev to visit Baku."))
                .containsExactly("AZE-KAZ INTENT_TO_MEET PLANNED");
    }

    @Test
    void shouldNotTakeAnAmbassadorForTheHolderOfAnotherOffice() {
        ArticleCoding coding = code("Kazakh President Kassym-Jomart Tokayev received the Chinese ambassador on "
                + "Monday.");
        assertThat(coding.resolution().actors()).doesNotContainKey("CHN.wang-yi");
        assertThat(keys("Kazakh President Kassym-Jomart Tokayev received the Chinese ambassador on Monday."))
                .containsExactly("CHN-KAZ HOST_VISIT OCCURRED");
    }

    @Test
    void shouldReadNaviesNamedByNationalityAsActingForTheirStates() {
        assertThat(keys("The Chinese and Pakistani navies began a joint exercise in the Arabian Sea on Monday."))
                .containsExactly("CHN-PAK MILITARY_COOPERATION OCCURRED");
        // Control: Chinese and Pakistani businesses are not states.
        assertThat(keys("Chinese and Pakistani businesses began a joint venture in Karachi on Monday.")).isEmpty();
    }

    @Test
    void shouldIntroduceAPersonByNationalityCommandAndTitle() {
        assertThat(keys("Pakistan's army chief General Asim Munir met US Central Command chief General Michael "
                + "Kurilla in Tampa.")).containsExactly("PAK-USA CONSULT OCCURRED");
        // Control: a command named with no title after it introduces no one.
        assertThat(keys("US Navy ships arrived in Manila on Monday.")).isEmpty();
    }

    @Test
    void shouldReadSpokenToAsWordsOfContactButNotAPersonSpokenAbout() {
        assertThat(keys("French President Emmanuel Macron has not spoken to Vladimir Putin since September 2022."))
                .containsExactly("FRA-RUS CONSULT NEGATED");
        assertThat(keys("French President Emmanuel Macron spoke to reporters in Paris about Vladimir Putin."))
                .isEmpty();
    }

    @Test
    void shouldReadATelephonicConversationAsACall() {
        assertThat(keys("Prime Minister Narendra Modi and President Vladimir Putin held a telephonic conversation."))
                .containsExactly("IND-RUS TELEPHONE OCCURRED");
        assertThat(keys("Prime Minister Shehbaz Sharif spoke telephonically with President Erdogan on Friday."))
                .containsExactly("PAK-TUR TELEPHONE OCCURRED");
        // Control: the adjective alone, of a line or a link, is no call.
        assertThat(keys("Prime Minister Narendra Modi and President Vladimir Putin discussed a telephonic link for "
                + "their officials.")).containsExactly("IND-RUS CONSULT OCCURRED");
    }
}
