package dev.dyadwatch.enrich.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TokenTrieTest {

    private final TokenTrie<String> trie = new TokenTrie<String>()
            .add(List.of("Vladimir", "Putin"), "person")
            .add(List.of("Putin"), "surname")
            .add(List.of("the", "Kremlin"), "seat")
            .add(List.of("Kremlin"), "seat")
            .add(List.of("Prime", "Minister"), "title")
            .add(List.of("Minister", "Putin"), "odd")
            .build();

    @Test
    void shouldFindEveryOverlappingPhraseInOnePass() {
        List<TokenTrie.Match<String>> all = trie.findAll(List.of("Prime", "Minister", "Putin", "and", "the",
                "Kremlin"), Function.identity());
        assertThat(all).extracting(m -> m.start() + ":" + m.end() + ":" + m.values())
                .containsExactly("0:2:[title]", "1:3:[odd]", "2:3:[surname]", "4:6:[seat]", "5:6:[seat]");
    }

    @Test
    void shouldKeepTheLeftmostLongestPhrases() {
        List<TokenTrie.Match<String>> chosen = trie.findLongest(List.of("Vladimir", "Putin", "left", "the",
                "Kremlin"), Function.identity());
        assertThat(chosen).extracting(m -> m.values().get(0)).containsExactly("person", "seat");
        assertThat(chosen.get(1).start()).isEqualTo(3);
    }
}
