package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {

    private static final String P1 = "Prime Minister Shehbaz Sharif spoke to President Vladimir Putin by telephone on "
            + "Tuesday, the foreign office said.";
    private static final String P2 = "The two leaders agreed to expand cooperation in energy, trade and security, "
            + "and to meet in Moscow later this year.";
    private static final String P3 = "Officials said a delegation would travel to Islamabad next month to prepare "
            + "the visit.";

    private static List<String> kept(String... lines) {
        return BoilerplateFilter.clean("Sharif and Putin discuss energy ties",
                Arrays.stream(lines).map(TextBlock::line).toList()).kept();
    }

    @Test
    void shouldDropCommentFormsAndEverythingAfterTheCommentHeading() {
        assertThat(kept(P1, P2, "Leave a Reply", "Great article, thanks for sharing this with all of us here.",
                "Please enter your comment!", "Please enter your name here",
                "You have entered an incorrect email address!", "Please enter your email address here"))
                .containsExactly(P1, P2);
    }

    @Test
    void shouldDropRelatedHeadlinesSplicedBetweenParagraphs() {
        assertThat(kept(P1, "Also Read: Pakistan, China sign new trade deal", P2,
                "Related", "Russia and India hold naval drills", "Iran foreign minister visits Ankara", P3))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void shouldDropAShortUnpunctuatedHeadlineBetweenParagraphs() {
        assertThat(kept(P1, "Pakistan Eyes Russian Crude As Gulf Prices Climb", P2)).containsExactly(P1, P2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Written by admin", "Posted by admin on March 3, 2024", "By Staff Reporter",
        "By Ahmed Khan, Senior Correspondent.", "You are commenting using your WordPress.com account.",
        "Share this:", "Share on Facebook | Tweet | WhatsApp | Email",
        "Click to share on Twitter (Opens in new window)",
        "We use cookies to improve your experience. By continuing to browse you accept our use of cookies.",
        "Accept all cookies", "Sign up for our daily newsletter.", "Subscribe now",
        "Advertisement", "Story continues below advertisement", "Photo: Press Information Department",
        "(File photo)", "Tags: Pakistan, Russia, Diplomacy", "Copyright \u00a9 2024 The Daily Record.",
        "All rights reserved.", "(Reporting by Ahmed Khan; Editing by Sara Lee)", "\u2014 APP",
        "Published: March 3, 2024 10:45 PKT", "Updated 2 hours ago", "March 3, 2024",
        "Home > World > Asia", "Previous article", "Next post:", "3 min read",
        "Ahmed Khan is a senior correspondent at The Daily Record covering foreign affairs.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Your email address will not be published. Required fields are marked *", "Loading...", "* * *",
    })
    void shouldDropBoilerplateLines(String line) {
        assertThat(kept(P1, line, P2)).containsExactly(P1, P2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Monday, the two sides had agreed on a framework for the gas pipeline.",
        "Next week, the ministers will meet again in Islamabad.",
        "The talks will continue on Friday.",
        "\"We are ready to work together,\" Putin said.",
        "He said:",
        "Related discussions on a free trade agreement are expected to start in June, officials said.",
        "Analysts said the call showed how far relations had come since 2021, when trade was minimal.",
        "Cookies and other sweets were served at the reception hosted by the embassy.",
    })
    void shouldKeepArticleProse(String line) {
        assertThat(kept(P1, line, P2)).containsExactly(P1, line, P2);
    }

    @Test
    void shouldDropTheTitleRepeatedInTheBodyAndRepeatedParagraphs() {
        assertThat(kept("Sharif and Putin discuss energy ties", P1, P2, P1)).containsExactly(P1, P2);
    }

    @Test
    void shouldKeepHtmlSubheadingsOnceTheArticleHasBegunButNotLinkOnlyParagraphs() {
        List<TextBlock> blocks = List.of(
                new TextBlock("World News", TextBlock.Kind.HEADING, 0),
                new TextBlock(P1, TextBlock.Kind.PARAGRAPH, 0),
                new TextBlock("A pipeline back on the table", TextBlock.Kind.HEADING, 0),
                new TextBlock("Pakistan and Iran revive gas pipeline plans after years of delay.",
                        TextBlock.Kind.PARAGRAPH, 1.0),
                new TextBlock(P2, TextBlock.Kind.PARAGRAPH, 0.1));
        BoilerplateFilter.Result result = BoilerplateFilter.clean("Title", blocks);
        assertThat(result.kept()).containsExactly(P1, "A pipeline back on the table", P2);
        assertThat(result.dropped()).extracting(BoilerplateFilter.Dropped::rule).containsExactly("headline", "links");
    }

    @Test
    void shouldResumeAfterARelatedSectionWhenProseReturns() {
        assertThat(kept(P1, "You may also like", "India, Japan hold talks", P2, P3)).containsExactly(P1, P2, P3);
    }
}
