package dev.dyadwatch.enrich.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void shouldGiveTransliterationVariantsOneSkeleton() {
        assertThat(NameKeys.skeleton("Sergei")).isEqualTo(NameKeys.skeleton("Sergey"));
        assertThat(NameKeys.skeleton("Zelensky")).isEqualTo(NameKeys.skeleton("Zelenskyy"))
                .isEqualTo(NameKeys.skeleton("Zelenskiy"));
        assertThat(NameKeys.skeleton("Mohammed")).isEqualTo(NameKeys.skeleton("Muhammad"));
        assertThat(NameKeys.skeleton("Alexander")).isEqualTo(NameKeys.skeleton("Aleksandr"));
        assertThat(NameKeys.skeleton("Erdoğan")).isEqualTo(NameKeys.skeleton("Erdogan"));
        assertThat(NameKeys.skeleton("Lavrov")).isNotEqualTo(NameKeys.skeleton("Lavrentiev"));
    }
}
