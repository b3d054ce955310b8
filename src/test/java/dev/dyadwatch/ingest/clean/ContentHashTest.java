package dev.dyadwatch.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void shouldGiveTheSameHashToTextsDifferingOnlyInCasePunctuationAndSpacing() {
        String a = "Pakistan and Russia signed an energy deal on Tuesday.";
        String b = "PAKISTAN and  Russia -- signed an energy deal, on Tuesday";
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void shouldGiveDifferentHashesToDifferentWords() {
        assertThat(ContentHash.of("Pakistan and Russia signed a deal."))
                .isNotEqualTo(ContentHash.of("Pakistan and Russia rejected a deal."));
    }

    @Test
    void shouldFoldToLowerCaseWordsOfLettersAndDigits() {
        assertThat(ContentHash.fold("  \u00c9nergie: 2024's TALKS!  ")).isEqualTo("\u00e9nergie 2024 s talks");
    }

    @Test
    void shouldFoldParagraphsOneByOneAsTheWholeText() {
        java.util.List<String> paragraphs = java.util.List.of("ISLAMABAD: Sharif spoke to Putin.", "--- * ---",
                "\"We agreed,\" he said \u2014 in Moscow.", "\u00c9nergie 2024.");
        assertThat(ContentHash.joinFolds(paragraphs.stream().map(ContentHash::fold).toList()))
                .isEqualTo(ContentHash.fold(String.join("\n\n", paragraphs)));
    }

    @Test
    void shouldMatchAKnownSha256() {
        // SHA-256("abc"), a published test vector.
        assertThat(ContentHash.of("ABC."))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldIdentifyByCanonicalUrlElseByText() {
        String hash = ContentHash.of("some text");
        String byUrl = ArticleIdentity.id(Optional.of("https://example.org/a"), hash);
        assertThat(byUrl).hasSize(32).isEqualTo(ContentHash.shortHash("https://example.org/a"));
        assertThat(ArticleIdentity.id(Optional.empty(), hash)).isEqualTo(hash.substring(0, 32));
    }
}
