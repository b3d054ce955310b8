package dev.dyadwatch.enrich.dictionary;

import static dev.dyadwatch.enrich.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How the bundled dictionary's earlier office holders and international bodies read in articles: a leader whose
 * term is long over still names his country, and a bare surname he shares with someone in office on the
 * article's day stays with the one in office.
 */
class FormerLeadersResolutionTest {

    private static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();

    @Test
    void shouldReadTheFullNameOfAUnitedNationsBodyAsThatBody() {
        assertThat(mentions("2025-06-01", "Putin addressed the United Nations General Assembly in 2015, and the "
                + "United Nations Security Council met on Friday."))
                .contains("the United Nations General Assembly -> ORG.UNGA",
                        "the United Nations Security Council -> ORG.UNSC")
                .noneMatch(m -> m.endsWith("-> ORG.UN"));
    }

    @Test
    void shouldReadLeadersRemovedBeforeTheArticlesDayAsTheirCountries() {
        assertThat(mentions("2025-02-10", "The junta has held Mohamed Bazoum since the coup, and Manasseh Sogavare "
                + "now leads the opposition."))
                .contains("Mohamed Bazoum -> NER.mohamed-bazoum", "Manasseh Sogavare -> SLB.manasseh-sogavare");
    }

    @Test
    void shouldReadIndiasForeignSecretaryOfTheDay() {
        assertThat(mentions("2024-09-10", "The visit was productive, Foreign Secretary Vikram Misri told reporters."))
                .contains("Vikram Misri -> IND.vikram-misri");
        assertThat(mentions("2019-03-01", "Foreign Secretary Vijay Gokhale briefed envoys in New Delhi."))
                .contains("Vijay Gokhale -> IND.vijay-gokhale");
        // Control: "India's foreign minister" is still the Minister of External Affairs, not the secretary.
        assertThat(mentions("2024-09-10", "India's foreign minister met Wang Yi in Geneva."))
                .contains("India's foreign minister -> IND.subrahmanyam-jaishankar");
    }

    @Test
    void shouldReadLeadersOfAnEarlierSummitAsTheirCountriesInTodaysNews() {
        assertThat(mentions("2025-11-01", "Tokyo recalls the 2002 summit between Junichiro Koizumi and Kim Jong Il, "
                + "which ended with an apology for the abductions."))
                .contains("Junichiro Koizumi -> JPN.junichiro-koizumi", "Kim Jong Il -> PRK.kim-jong-il");
    }

    @Test
    void shouldKeepABareKoizumiWithTheDefenceMinisterWhenHisFatherIsRecalled() {
        assertThat(mentions("2025-11-01", "Japanese Defence Minister Shinjiro Koizumi met Pete Hegseth in Tokyo on "
                + "Monday. His father, former prime minister Junichiro Koizumi, went to Pyongyang in 2002. Koizumi "
                + "said the talks were useful."))
                .contains("Junichiro Koizumi -> JPN.junichiro-koizumi", "Koizumi -> JPN.shinjiro-koizumi")
                .doesNotContain("Koizumi -> JPN.junichiro-koizumi");
    }

    @Test
    void shouldReadABareKoizumiAsTheDefenceMinisterWhenNoOtherIsNamed() {
        assertThat(mentions("2025-11-01", "Koizumi said the talks with his US counterpart were useful."))
                .contains("Koizumi -> JPN.shinjiro-koizumi");
    }

    @Test
    void shouldTellKimJongIlFromKimJongUn() {
        assertThat(mentions("2025-06-01", "North Korean leader Kim Jong Un met Putin in Vladivostok. His father "
                + "Kim Jong Il had met Putin there in 2002."))
                .contains("Kim Jong Un -> PRK.kim-jong-un", "Kim Jong Il -> PRK.kim-jong-il")
                .doesNotContain("Kim Jong Un -> PRK.kim-jong-il", "Kim Jong Il -> PRK.kim-jong-un");
    }

    @Test
    void shouldReadMedvedevIn2025AsTheSecurityCouncilDeputyChair() {
        assertThat(mentions("2025-06-01", "Medvedev said Moscow would respond."))
                .contains("Medvedev -> RUS.dmitry-medvedev");
        assertThat(DICTIONARY.termsOf("RUS.dmitry-medvedev"))
                .anyMatch(t -> t.title().equals("Deputy Chairman of the Security Council")
                        && t.heldOn(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void shouldReadBushAfterHisFullNameAsTheFormerPresident() {
        assertThat(mentions("2025-06-01", "Former US president George W. Bush met Putin in Slovenia in 2001. Bush "
                + "said he had looked the man in the eye."))
                .contains("George W. Bush -> USA.george-w-bush", "Bush -> USA.george-w-bush");
    }

    @Test
    void shouldNotConfuseAPresidentWithAnEarlierOneOfTheSameFamilyName() {
        assertThat(mentions("2016-09-08", "Obama met South Korean President Park Geun-hye on Tuesday."))
                .contains("Park Geun-hye -> KOR.park-geun-hye").doesNotContain("Park Geun-hye -> KOR.park-chung-hee");
        assertThat(mentions("2025-08-25", "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru "
                + "Ishiba in Tokyo on Saturday.")).contains("Lee Jae-myung -> KOR.lee-jae-myung")
                .noneMatch(m -> m.startsWith("Lee Jae-myung -> intro:"));
        assertThat(mentions("2019-06-14", "Japanese Prime Minister Shinzo Abe met Iran's Supreme Leader Ayatollah Ali "
                + "Khamenei in Tehran.")).contains("Ayatollah Ali Khamenei -> IRN.ali-khamenei")
                .noneMatch(m -> m.contains("khomeini") || m.contains("intro:"));
    }

    @Test
    void shouldNotReadAnAirportNamedAfterALeaderAsTheLeader() {
        assertThat(mentions("2025-06-01", "Putin landed at Indira Gandhi International Airport and was received by "
                + "Modi. Indira Gandhi had hosted Brezhnev in 1973."))
                .contains("Indira Gandhi -> IND.indira-gandhi")
                .noneMatch(m -> m.startsWith("Indira Gandhi International Airport ->"))
                .filteredOn(m -> m.endsWith("IND.indira-gandhi")).hasSize(1);
    }

    @Test
    void shouldReadTheBodiesWritersName() {
        assertThat(mentions("2025-06-01", "They met on the sidelines of the Group of 20 summit, a year after the "
                + "Group of 7 summit, and spoke of the Group of Eight that Russia left in 2014."))
                .contains("Group of 20 -> ORG.G20", "Group of 7 -> ORG.G7", "Group of Eight -> ORG.G8");
        assertThat(mentions("2025-06-01", "India wants to join the Nuclear Suppliers Group; Venezuela may return to "
                + "the Andean Community; the leaders will meet at the Supreme Eurasian Economic Council."))
                .contains("Nuclear Suppliers Group -> ORG.NSG", "Andean Community -> ORG.CAN",
                        "Supreme Eurasian Economic Council -> ORG.EAEU");
        assertThat(mentions("2025-06-01", "The UN Human Rights Council met as the Group of 77 and the Arctic Council "
                + "issued statements.")).contains("UN Human Rights Council -> ORG.UNHRC", "Group of 77 -> ORG.G77",
                        "Arctic Council -> ORG.ARCTIC");
    }

}
