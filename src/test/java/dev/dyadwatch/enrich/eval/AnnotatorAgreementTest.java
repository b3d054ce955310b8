package dev.dyadwatch.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two readers' annotations of the same articles, scored one against the other as the coder is scored. */
class AnnotatorAgreementTest {

    private static final List<String> TEXT = List.of("Shehbaz Sharif phoned Vladimir Putin on Monday.");

    private static GoldArticle.GoldActor actor(String name, String country, String... aka) {
        return new GoldArticle.GoldActor(name, List.of(aka), country);
    }

    private static GoldArticle.GoldContact contact(String dyad, String type, String status, String date) {
        return new GoldArticle.GoldContact(dyad, type, status, date, "DAY", false, "phoned");
    }

    private static GoldSet.Entry article(String id, List<String> text, List<GoldArticle.GoldActor> actors,
            List<GoldArticle.GoldContact> contacts) {
        return new GoldSet.Entry(Path.of(id + ".json"), new GoldArticle(id, "A call", "Wire",
                "2025-05-06T08:00:00Z", null, "eng", text, actors, contacts, null));
    }

    @Test
    void shouldScoreTheSecondReaderOneToOneWithStatusAndDates() {
        GoldSet.Entry first = article("a", TEXT,
                List.of(actor("Shehbaz Sharif", "PAK"), actor("Vladimir Putin", "RUS")),
                List.of(contact("PAK-RUS", "TELEPHONE", "OCCURRED", "2025-05-05"),
                        contact("PAK-RUS", "TELEPHONE", "OCCURRED", "2025-05-26"),
                        contact("CHN-PAK", "VISIT", "PLANNED", "2025-06-01")));
        GoldSet.Entry second = article("a", TEXT,
                List.of(actor("Sharif", "PAK", "Shehbaz Sharif"), actor("Putin", "BLR", "Vladimir Putin"),
                        actor("Kremlin", "RUS")),
                List.of(contact("PAK-RUS", "TELEPHONE", "OCCURRED", "2025-05-04"),
                        contact("CHN-PAK", "VISIT", "OCCURRED", "2025-06-01"),
                        contact("IND-PAK", "NEGOTIATE", "OCCURRED", "2025-05-05")));

        AnnotatorAgreement.Report report = AnnotatorAgreement.compare(List.of(first), List.of(second));

        assertThat(report.articles()).isEqualTo(1);
        // Sharif agrees through the first reader's full name; Putin is paired by name but put in another country.
        assertThat(report.actors()).isEqualTo(new Score(1, 2, 1));
        // Two calls against one: one agreed, one missed; the visit agrees on dyad + type, not on its status.
        assertThat(report.contacts()).isEqualTo(new Score(2, 1, 1));
        assertThat(report.contacts().f1()).isEqualTo(2.0 * 2 / (2 * 2 + 1 + 1));
        assertThat(report.contactsWithStatus()).isEqualTo(new Score(1, 2, 2));
        assertThat(report.datesCompared()).isEqualTo(1);
        assertThat(report.datesMatched()).isZero();
        assertThat(report.differences()).contains("a: missed contact CHN-PAK VISIT PLANNED",
                "a: extra contact IND-PAK NEGOTIATE OCCURRED", "a: actor Vladimir Putin coded for BLR, expected RUS",
                "a: date of PAK-RUS TELEPHONE OCCURRED: first 2025-05-05 DAY, second 2025-05-04 DAY");
    }

    @Test
    void shouldAgreeFullyWithItself() {
        GoldSet.Entry one = article("a", TEXT, List.of(actor("Vladimir Putin", "RUS")),
                List.of(contact("PAK-RUS", "TELEPHONE", "OCCURRED", "2025-05-05")));
        AnnotatorAgreement.Report report = AnnotatorAgreement.compare(List.of(one), List.of(one));
        assertThat(report.contactsWithStatus()).isEqualTo(new Score(1, 0, 0));
        assertThat(report.actors()).isEqualTo(new Score(1, 0, 0));
        assertThat(report.dateAgreement()).isEqualTo(1.0);
        assertThat(report.differences()).isEmpty();
    }

    @Test
    void shouldRefuseArticlesAnnotatedByOneReaderOnly() {
        GoldSet.Entry a = article("a", TEXT, List.of(), List.of());
        GoldSet.Entry b = article("b", TEXT, List.of(), List.of());
        GoldSet.Entry c = article("c", TEXT, List.of(), List.of());
        assertThatThrownBy(() -> AnnotatorAgreement.compare(List.of(a, b), List.of(a, c)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("articles annotated once only: in the first only [b], in the second only [c]");
        assertThatThrownBy(() -> AnnotatorAgreement.compare(List.of(a), List.of(b)))
                .hasMessage("the two annotations have no article in common");
    }

    @Test
    void shouldRefuseTwoTextsUnderOneId() {
        GoldSet.Entry a = article("a", TEXT, List.of(), List.of());
        GoldSet.Entry other = article("a", List.of("Another text."), List.of(), List.of());
        assertThatThrownBy(() -> AnnotatorAgreement.compare(List.of(a), List.of(other)))
                .hasMessageContaining("article a has another text");
        assertThatThrownBy(() -> AnnotatorAgreement.compare(List.of(a, a), List.of(a)))
                .hasMessageContaining("the first annotation holds article a twice");
        GoldSet.Entry talks = article("a", TEXT, List.of(),
                List.of(contact("PAK-RUS", "TALKS", "OCCURRED", "2025-05-05")));
        assertThatThrownBy(() -> AnnotatorAgreement.compare(List.of(a), List.of(talks)))
                .hasMessageStartingWith("article a in a.json or a.json: No enum constant");
    }
}
