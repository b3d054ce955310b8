package dev.dyadwatch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void shouldCapitaliseTheFirstLetterEvenAfterAQuote() {
        assertThat(Prose.tidy(new StringBuilder("the talks ended."))).isEqualTo("The talks ended.");
        assertThat(Prose.tidy(new StringBuilder("\"we agreed,\" he said."))).isEqualTo("\"We agreed,\" he said.");
    }

    @Test
    void shouldWriteThePossessiveOfNamesEndingInS() {
        assertThat(Prose.possessive("Pakistan")).isEqualTo("Pakistan's");
        assertThat(Prose.possessive("the United States")).isEqualTo("the United States'");
    }

    @Test
    void shouldMakeTheIndefiniteArticleAgreeWithTheWordAfterIt() {
        StringBuilder out = new StringBuilder("a visit by a ");
        Prose.appendAfterArticle(out, "Indian");
        assertThat(out).hasToString("a visit by an Indian");
        out = new StringBuilder("by a ");
        Prose.appendAfterArticle(out, "Ukrainian");
        assertThat(out).hasToString("by a Ukrainian");
        out = new StringBuilder("Nokia ");
        Prose.appendAfterArticle(out, "Emirati");
        assertThat(out).hasToString("Nokia Emirati");
    }

    @Test
    void shouldMakeAUrlSlugOfAHeadline() {
        assertThat(Prose.slug("Sharif, Putin discuss trade in phone call", 8))
                .isEqualTo("sharif-putin-discuss-trade-in-phone-call");
        assertThat(Prose.slug("Russia's leader's 'bold' plan: one two three four five", 4))
                .isEqualTo("russias-leaders-bold-plan");
    }

    @Test
    void shouldFindTheSurnameByNameOrder() {
        assertThat(Figure.surname("Sergey Lavrov", false)).isEqualTo("Lavrov");
        assertThat(Figure.surname("Xi Jinping", true)).isEqualTo("Xi");
        assertThat(Figure.surname("Mohammed bin Salman", false)).isNull();
    }
}
