package dev.dyadwatch.enrich.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    private static List<String> keys(String... tokens) {
        return List.of(tokens);
    }

    @Test
    void shouldTellApartTwoPeopleWhoShareASurnameAndOneSyllable() {
        SpellingVariants variants = new SpellingVariants();
        variants.add("KOR.lee-jae-myung", keys("Lee", "Jae", "-", "myung"));
        variants.add("KOR.lee-jae-myung", keys("Lee", "Jae", "Myung"));
        variants.add("KOR.lee-myung-bak", keys("Lee", "Myung", "-", "bak"));

        assertThat(variants.candidates(List.of("Lee", "Jae", "Myung"))).containsExactly("KOR.lee-jae-myung");
        assertThat(variants.candidates(List.of("Lee", "Jae", "myung"))).containsExactly("KOR.lee-jae-myung");
        assertThat(variants.candidates(List.of("Lee", "Myung", "Bak"))).containsExactly("KOR.lee-myung-bak");
    }

    @Test
    void shouldNotLetASpacedGivenNameCaptureAnotherPersonsSyllable() {
        SpellingVariants variants = new SpellingVariants();
        variants.add("KOR.park-chung-hee", keys("Park", "Chung", "Hee"));
        variants.add("KOR.park-geun-hye", keys("Park", "Geun", "-", "hye"));

        assertThat(variants.candidates(List.of("Park", "Geun", "Hye"))).containsExactly("KOR.park-geun-hye");
        assertThat(variants.candidates(List.of("Park", "Chung", "hee"))).containsExactly("KOR.park-chung-hee");
    }

    @Test
    void shouldKeepASurnameWithThePeopleWhoCarryIt() {
        SpellingVariants variants = new SpellingVariants();
        variants.add("IRN.ali-khamenei", keys("Ayatollah", "Khamenei"));
        variants.add("IRN.ruhollah-khomeini", keys("Ruhollah", "Khomeini"));

        assertThat(variants.candidates(List.of("Ayatollah", "Khomeini"))).isEmpty();
        assertThat(variants.candidates(List.of("Ayatollah", "Khamenei"))).containsExactly("IRN.ali-khamenei");
    }

    @Test
    void shouldStillFindATransliterationWithAMiddleNameLeftOut() {
        SpellingVariants variants = new SpellingVariants();
        variants.add("RUS.sergey-lavrov", keys("Sergey", "Viktorovich", "Lavrov"));
        variants.add("KOR.moon-jae-in", keys("Moon", "Jae", "-", "in"));

        assertThat(variants.candidates(List.of("Sergei", "Lavrov"))).containsExactly("RUS.sergey-lavrov");
        assertThat(variants.candidates(List.of("Moon", "Jae", "In"))).containsExactly("KOR.moon-jae-in");
        assertThat(variants.candidates(List.of("Sergei", "Lavrentiev"))).isEmpty();
    }
}
