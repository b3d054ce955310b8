package dev.dyadwatch.enrich;

import static dev.dyadwatch.enrich.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People of one country whose names sound alike, with the bundled dictionary: each spelling reaches the person it
 * names, never a namesake, and never a second, introduced copy of a dictionary person.
 */
class NameCollisionRulesTest {

    @Test
    void shouldReadLeeJaeMyungWrittenWithACapitalSyllableAsTheCurrentPresident() {
        assertThat(mentions("2025-09-03", "President Lee Jae-Myung flew to Tokyo to see Prime Minister Shigeru "
                + "Ishiba on Wednesday."))
                .contains("Lee Jae-Myung -> KOR.lee-jae-myung")
                .noneMatch(m -> m.contains("lee-myung-bak") || m.contains("intro:"));
    }

    @Test
    void shouldReadLeeMyungBakAsThePresidentOfHisOwnDay() {
        assertThat(mentions("2011-10-14", "South Korean President Lee Myung-Bak held talks with Barack Obama at "
                + "the White House."))
                .contains("Lee Myung-Bak -> KOR.lee-myung-bak")
                .noneMatch(m -> m.contains("lee-jae-myung") || m.contains("intro:"));
    }

    @Test
    void shouldNotLetParkChungHeeTakeHisDaughtersName() {
        assertThat(mentions("2015-09-02", "Xi Jinping welcomed South Korean President Park Geun-Hye to Beijing."))
                .contains("Park Geun-Hye -> KOR.park-geun-hye")
                .noneMatch(m -> m.contains("park-chung-hee"));
        assertThat(mentions("2025-10-26", "Visitors laid flowers where Park Chung Hee was shot in 1979."))
                .contains("Park Chung Hee -> KOR.park-chung-hee");
    }

    @Test
    void shouldReadAyatollahKhomeiniAsTheFounderNotHisSuccessor() {
        assertThat(mentions("2024-02-11", "Ayatollah Khamenei marked the day when Ayatollah Khomeini returned from "
                + "Paris in 1979."))
                .contains("Ayatollah Khamenei -> IRN.ali-khamenei", "Ayatollah Khomeini -> IRN.ruhollah-khomeini")
                .doesNotContain("Ayatollah Khomeini -> IRN.ali-khamenei");
    }

    @Test
    void shouldReadASpellingBothAyatollahsFitAsTheOneInOfficeThatDay() {
        assertThat(mentions("1988-07-20", "Ayatollah Khomeyni accepted the ceasefire with Iraq."))
                .contains("Ayatollah Khomeyni -> IRN.ruhollah-khomeini");
        assertThat(mentions("2019-06-13", "Ayatollah Khameini told the Japanese prime minister that Iran would not "
                + "talk to Washington."))
                .contains("Ayatollah Khameini -> IRN.ali-khamenei");
    }
}
