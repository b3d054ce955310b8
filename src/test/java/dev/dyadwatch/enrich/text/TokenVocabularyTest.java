package dev.dyadwatch.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenVocabularyTest {

    @Test
    void shouldGiveTheFormsATokenOfItsOwnWouldHave() {
        TokenVocabulary vocabulary = new TokenVocabulary();
        String source = "Erdoğan met the Prime Minister in Ankara";
        for (int[] span : new int[][] {{0, 7}, {8, 11}, {12, 15}, {16, 21}, {22, 30}}) {
            assertThat(vocabulary.token(source, span[0], span[1])).isEqualTo(Token.of(source, span[0], span[1]));
        }
    }

    @Test
    void shouldShareOneInternedInstanceOfEachFormAcrossArticles() {
        TokenVocabulary vocabulary = new TokenVocabulary();
        Token first = vocabulary.token("The minister arrived.", 4, 12);
        Token again = vocabulary.token("A minister left.", 2, 10);
        assertThat(again.lower()).isSameAs(first.lower()).isSameAs("minister");
        assertThat(again.start()).isEqualTo(2);
        assertThat(vocabulary.token("The Minister", 4, 12).lower()).isSameAs("minister");
        assertThat(vocabulary.token("The Minister", 4, 12).text()).isSameAs("Minister");
    }

    @Test
    void shouldStartOverWhenFull() {
        TokenVocabulary vocabulary = new TokenVocabulary(2);
        String source = "one two three";
        vocabulary.token(source, 0, 3);
        vocabulary.token(source, 4, 7);
        assertThat(vocabulary.size()).isEqualTo(2);
        Token three = vocabulary.token(source, 8, 13);
        assertThat(vocabulary.size()).isEqualTo(1);
        assertThat(three).isEqualTo(Token.of(source, 8, 13));
    }
}
